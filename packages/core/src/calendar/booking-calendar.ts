import type { Tx } from '@portail/db'
import { bookings, tenants } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { addressLine, bookingUid, type IcsEvent, renderIcs } from './render-ics'

type BookingRow = typeof bookings.$inferSelect

/**
 * A booking as an event: the service's name in the reader's language, at the service address.
 * `forStaff` adds the client's name to the title and replaces the notes by the staff description.
 */
export function bookingEvent(
  booking: BookingRow,
  locale: 'fr' | 'en',
  forStaff?: { clientName: string; description: string | null },
): IcsEvent {
  const service = locale === 'en' ? booking.snapshot.service.nameEn : booking.snapshot.service.nameFr
  return {
    uid: bookingUid(booking.id),
    start: booking.startsAt,
    end: booking.endsAt,
    summary: forStaff ? `${service} — ${forStaff.clientName}` : service,
    location: addressLine(booking.serviceAddress),
    description: forStaff ? forStaff.description : booking.notes,
    cancelled: booking.status === 'cancelled',
    stamp: booking.updatedAt,
    // Each reschedule is a new version of the same event.
    sequence: booking.rescheduleCount + (booking.status === 'cancelled' ? 1 : 0),
  }
}

/**
 * "Add to calendar" for one booking, read in the caller's transaction: a client's transaction sees
 * its own bookings only, a staff member's those of the tenant, so anyone else gets null (404).
 */
export async function bookingCalendar(
  tx: Tx,
  tenantId: string,
  bookingId: string,
  locale: 'fr' | 'en',
): Promise<string | null> {
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, bookingId)))
  if (!booking) return null
  const [tenant] = await tx
    .select({ name: tenants.name, timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
  if (!tenant) return null
  // A cancelled booking's file still answers: opened, it tells the calendar holding the event to
  // drop it (same UID, higher SEQUENCE, STATUS:CANCELLED, METHOD:CANCEL).
  return renderIcs({
    name: tenant.name,
    timeZone: tenant.timeZone,
    events: [bookingEvent(booking, locale)],
    method: booking.status === 'cancelled' ? 'cancel' : 'publish',
  })
}
