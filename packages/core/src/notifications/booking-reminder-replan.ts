import type { Database } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { and, asc, eq, gt } from 'drizzle-orm'
import type { ReminderLeads } from './booking-reminder-leads'
import type { ReminderSlot } from './booking-reminder-plan'

/** A booking whose reminders are planned again, as the re-plan event carries it (ids and instants only). */
export interface ReplannedBooking {
  bookingId: string
  clientId: string
  staffId: string
  /** ISO instant. */
  start: string
}

/**
 * The business's confirmed bookings that start after `after`, read as its system actor: the ones
 * whose reminders may still be ahead when the lead times change. Earliest first.
 */
export async function futureConfirmedBookings(
  database: Database,
  tenantId: string,
  after: Date,
): Promise<ReplannedBooking[]> {
  const rows = await database.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx
      .select({
        bookingId: bookings.id,
        clientId: bookings.clientId,
        staffId: bookings.membershipId,
        startsAt: bookings.startsAt,
      })
      .from(bookings)
      .where(and(eq(bookings.tenantId, tenantId), eq(bookings.status, 'confirmed'), gt(bookings.startsAt, after)))
      .orderBy(asc(bookings.startsAt)),
  )
  return rows.map(({ startsAt, ...row }) => ({ ...row, start: startsAt.toISOString() }))
}

/**
 * Whether a reminder planned with `plannedLeadHours` was taken over by a later plan: the business
 * has since moved this reminder closer to the start (or turned it off), and the run planned from the
 * new times sends it then. A lead that grew is not a takeover: the reminder still goes out at its
 * old time unless the new plan already sent it earlier (same dedupe key, so never twice), because a
 * new time that had passed when the change was made is planned by no one.
 */
export function reminderSuperseded(leads: ReminderLeads, slot: ReminderSlot, plannedLeadHours: number): boolean {
  const current = slot === 'first' ? leads.firstLeadHours : leads.secondLeadHours
  return current < plannedLeadHours
}
