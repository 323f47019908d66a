import type { Database } from '@portail/db'
import type { BookingMessageProps } from '@portail/email'
import { bookings, clients, memberships, tenants, users } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { addressLine } from '../calendar/render-ics'
import { type ReminderLeads, reminderLeadsOf } from './booking-reminder-leads'

type Locale = 'fr' | 'en'

/**
 * A booking as a workflow sees it when it is about to send something: read again at that moment
 * (never taken from the event), JSON only (it crosses memoised steps), with what every message
 * about it needs.
 */
export interface BookingFacts {
  tenantId: string
  bookingId: string
  status: 'pending_payment' | 'confirmed' | 'cancelled' | 'completed' | 'no_show'
  /** ISO instants. */
  start: string
  end: string
  /** The membership that performs it, and that member's account (the staff notice goes there). */
  staffId: string
  staffUserId: string
  /** The public name of the member (the one the business chose, else a first name), null when none. */
  staffName: string | null
  staffLocale: Locale
  clientId: string
  clientName: string
  clientLocale: Locale
  serviceName: Record<Locale, string>
  address: string | null
  timeZone: string
  tenantSlug: string
  leads: ReminderLeads
}

/** The first word of a person's name, unless it looks like an address (as portail_private.staff_display_names). */
function publicStaffName(displayName: string | null, userName: string | null): string | null {
  const chosen = displayName?.trim()
  if (chosen) return chosen
  const first = userName?.trim().split(' ')[0] ?? ''
  return first !== '' && !first.includes('@') ? first : null
}

/**
 * Reads the booking as the tenant's system actor. The tenant comes from the event and is checked
 * again against the row (tenant_id in the where clause, under the system policy of that tenant):
 * an event naming a booking of another tenant finds nothing. Null when there is no such booking.
 */
export async function loadBookingFacts(
  database: Database,
  tenantId: string,
  bookingId: string,
): Promise<BookingFacts | null> {
  return database.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const [row] = await tx
      .select({
        status: bookings.status,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
        staffId: bookings.membershipId,
        snapshot: bookings.snapshot,
        serviceAddress: bookings.serviceAddress,
        clientId: bookings.clientId,
        clientName: clients.fullName,
        clientLocale: clients.locale,
        staffUserId: memberships.userId,
        staffDisplayName: memberships.displayName,
        staffUserName: users.name,
        staffUserLocale: users.locale,
        timeZone: tenants.timeZone,
        tenantSlug: tenants.slug,
        tenantLocale: tenants.defaultLocale,
        settings: tenants.settings,
      })
      .from(bookings)
      .innerJoin(clients, and(eq(clients.tenantId, bookings.tenantId), eq(clients.id, bookings.clientId)))
      .innerJoin(
        memberships,
        and(eq(memberships.tenantId, bookings.tenantId), eq(memberships.id, bookings.membershipId)),
      )
      .leftJoin(users, eq(users.id, memberships.userId))
      .innerJoin(tenants, eq(tenants.id, bookings.tenantId))
      .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, bookingId)))
    if (!row) return null
    return {
      tenantId,
      bookingId,
      status: row.status,
      start: row.startsAt.toISOString(),
      end: row.endsAt.toISOString(),
      staffId: row.staffId,
      staffUserId: row.staffUserId,
      staffName: publicStaffName(row.staffDisplayName, row.staffUserName),
      staffLocale: row.staffUserLocale ?? row.tenantLocale,
      clientId: row.clientId,
      clientName: row.clientName,
      clientLocale: row.clientLocale,
      serviceName: { fr: row.snapshot.service.nameFr, en: row.snapshot.service.nameEn },
      address: addressLine(row.serviceAddress),
      timeZone: row.timeZone,
      tenantSlug: row.tenantSlug,
      leads: reminderLeadsOf(row.settings),
    }
  })
}

/** Why a message about a booking is not sent (the delivery log's words). */
export type BookingSkipReason = 'booking_cancelled' | 'booking_moved'

/**
 * Whether the booking is still the one the event announced, so a message about it may go out:
 * confirmed, at the same start, with the same staff member. A message planned for a cancelled
 * booking, or for a time or person it no longer has (a later reschedule plans its own), is not sent;
 * the booking as read comes back with the reason, so the skip can be logged to its recipient.
 */
export function bookingStillAsAnnounced(
  facts: BookingFacts | null,
  announced: { start: string; staffId: string },
): { send: true; facts: BookingFacts } | { send: false; reason: BookingSkipReason; facts: BookingFacts | null } {
  if (facts?.status !== 'confirmed') return { send: false, reason: 'booking_cancelled', facts }
  if (Date.parse(facts.start) !== Date.parse(announced.start) || facts.staffId !== announced.staffId) {
    return { send: false, reason: 'booking_moved', facts }
  }
  return { send: true, facts }
}

export type BookingAudience = 'client' | 'staff'

/** The locale a recipient reads the booking in: the client's own, or the staff member's (else the business's). */
export const audienceLocale = (facts: BookingFacts, audience: BookingAudience): Locale =>
  audience === 'client' ? facts.clientLocale : facts.staffLocale

/**
 * Where the recipient manages the booking: the client's appointment page, or the team calendar
 * opened on it. `portalOrigin` is `{proto}://{slug}.{ROOT_DOMAIN}`, without a trailing slash.
 */
export function bookingManageUrl(facts: BookingFacts, audience: BookingAudience, portalOrigin: string): string {
  const locale = audienceLocale(facts, audience)
  return audience === 'client'
    ? `${portalOrigin}/${locale}/portal/appointments/${facts.bookingId}`
    : `${portalOrigin}/${locale}/admin/bookings?booking=${facts.bookingId}`
}

/** The props of a booking message for the client or for the staff member, in that person's language. */
export function bookingMessageProps(
  facts: BookingFacts,
  audience: BookingAudience,
  portalOrigin: string,
  extra: Pick<BookingMessageProps, 'leadHours' | 'previousStart' | 'by' | 'feeCents'> = {},
): BookingMessageProps {
  const locale = audienceLocale(facts, audience)
  return {
    recipientName: audience === 'client' ? facts.clientName : (facts.staffName ?? ''),
    serviceName: facts.serviceName[locale],
    start: facts.start,
    end: facts.end,
    timeZone: facts.timeZone,
    staffName: facts.staffName,
    address: facts.address,
    manageUrl: bookingManageUrl(facts, audience, portalOrigin),
    ...(audience === 'staff' ? { clientName: facts.clientName } : {}),
    ...extra,
  }
}

/**
 * Dedupe keys of the messages of one booking, from ids and instants only: a replayed step or a
 * duplicated event finds the same key and sends nothing twice; a reschedule is a new start, so
 * its reminders are new messages.
 */
export const bookingDedupeKey = {
  confirmed: (bookingId: string, audience: BookingAudience) => `booking:${bookingId}:confirmed:${audience}`,
  reminder: (bookingId: string, slot: 'first' | 'second', start: string) =>
    `booking:${bookingId}:remind-${slot}:${new Date(start).toISOString()}`,
  rescheduled: (bookingId: string, audience: BookingAudience, start: string) =>
    `booking:${bookingId}:rescheduled:${audience}:${new Date(start).toISOString()}`,
  /** A reassignment: the new staff member's notice, and the previous one's "no longer yours". */
  assigned: (bookingId: string, membershipId: string, start: string) =>
    `booking:${bookingId}:assigned:${membershipId}:${new Date(start).toISOString()}`,
  unassigned: (bookingId: string, membershipId: string, start: string) =>
    `booking:${bookingId}:unassigned:${membershipId}:${new Date(start).toISOString()}`,
  cancelled: (bookingId: string, audience: BookingAudience) => `booking:${bookingId}:cancelled:${audience}`,
  holdExpired: (bookingId: string) => `booking:${bookingId}:hold-expired`,
  noShow: (bookingId: string) => `booking:${bookingId}:no-show`,
}
