import type { Database } from '@portail/db'
import { bookings, clients, memberships, staffCalendarFeeds, tenants, users } from '@portail/db/schema'
import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm'
import { bookingEvent } from './booking-calendar'
import { hashFeedToken, isFeedTokenShape } from './feed-tokens'
import { renderIcs } from './render-ics'
import { staffEventDescription } from './staff-event-description'
import { msPerDay as day } from '@portail/validators'

/** How far back a feed reaches: a month of history is enough to look back on. */
const feedPastDays = 30

/**
 * A staff member's private feed, for a calendar app that has the URL and nothing else (no
 * session). The tenant comes from the host the request reached, never from the token: the token's
 * hash is looked up as that tenant's system actor, so a token of another business finds nothing.
 * Unknown or revoked: null (404). Events from 30 days back to the end of the booking window,
 * cancelled ones included as STATUS:CANCELLED (so a subscribed calendar removes them), each titled
 * with the service (in the member's language) and the client's name, described with the client's
 * phone, the service address and the client's notes.
 */
export async function staffFeedCalendar(
  database: Database,
  tenantId: string,
  token: string,
  now = Date.now(),
): Promise<string | null> {
  if (!isFeedTokenShape(token)) return null
  return database.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const [feed] = await tx
      .select({
        membershipId: staffCalendarFeeds.membershipId,
        locale: users.locale,
        name: tenants.name,
        timeZone: tenants.timeZone,
        maxAdvanceDays: tenants.bookingMaxAdvanceDays,
        defaultLocale: tenants.defaultLocale,
      })
      .from(staffCalendarFeeds)
      .innerJoin(
        memberships,
        and(eq(memberships.tenantId, staffCalendarFeeds.tenantId), eq(memberships.id, staffCalendarFeeds.membershipId)),
      )
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(tenants, eq(tenants.id, staffCalendarFeeds.tenantId))
      .where(
        and(
          eq(staffCalendarFeeds.tenantId, tenantId),
          eq(staffCalendarFeeds.tokenHash, hashFeedToken(token)),
          isNull(staffCalendarFeeds.revokedAt),
        ),
      )
    if (!feed) return null
    const locale = feed.locale ?? feed.defaultLocale
    // Bookings staff placed beyond the window (a series for the season) belong in the feed too: a
    // year ahead at least.
    const until = now + Math.max(feed.maxAdvanceDays, 366) * day
    const rows = await tx
      .select({ booking: bookings, clientName: clients.fullName, clientPhone: clients.phone })
      .from(bookings)
      .innerJoin(clients, and(eq(clients.tenantId, bookings.tenantId), eq(clients.id, bookings.clientId)))
      .where(
        and(
          eq(bookings.tenantId, tenantId),
          eq(bookings.membershipId, feed.membershipId),
          gt(bookings.endsAt, new Date(now - feedPastDays * day)),
          lt(bookings.startsAt, new Date(until)),
        ),
      )
      .orderBy(asc(bookings.startsAt))
    return renderIcs({
      name: feed.name,
      timeZone: feed.timeZone,
      events: rows.map((row) =>
        bookingEvent(row.booking, locale, {
          clientName: row.clientName,
          description: staffEventDescription(locale, {
            phone: row.clientPhone,
            address: row.booking.serviceAddress,
            notes: row.booking.notes,
          }),
        }),
      ),
    })
  })
}
