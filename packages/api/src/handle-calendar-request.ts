import { can } from '@portail/auth'
import { bookingCalendar, staffFeedCalendar } from '@portail/core/calendar'
import type { ActorContext } from '@portail/db'
import { type ApiDeps, createContext } from './context'

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Calendar answers are about one person: never kept by a browser or a shared cache. */
const calendarHeaders = (filename: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'private, no-store',
})

/** Everything a reader may not have answers the same 404: nothing tells a booking that exists from one that does not. */
const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  })

/**
 * GET /api/bookings/{id}/ics on a tenant host: one booking as an .ics file, for the client who
 * owns it or staff of the tenant, in the reader's language. Context (host -> tenant, session ->
 * actor) is resolved as for /api/trpc; the booking is read as that actor, so the database's
 * policies decide: another client's booking, another tenant's, or no session -> 404.
 */
export async function handleBookingIcsRequest(request: Request, deps: ApiDeps, bookingId: string): Promise<Response> {
  if (!uuidPattern.test(bookingId)) return notFound()
  const ctx = await createContext({ ...deps, headers: request.headers })
  const { tenant, actor } = ctx
  if (tenant?.status !== 'active' || !actor.userId) return notFound()
  let as: ActorContext | null = null
  if (actor.staffRole && can(actor.staffRole, 'bookings.read'))
    as = { actor: 'staff', tenantId: tenant.id, userId: actor.userId }
  else if (actor.clientId && can('client', 'bookings.read'))
    as = { actor: 'client', tenantId: tenant.id, userId: actor.userId, clientId: actor.clientId }
  if (!as) return notFound()
  const body = await deps.database.withTenant(as, (tx) => bookingCalendar(tx, tenant.id, bookingId, ctx.locale))
  return body === null ? notFound() : new Response(body, { status: 200, headers: calendarHeaders('booking.ics') })
}

/**
 * GET /api/calendar/{token}.ics on a tenant host: a staff member's private feed, for calendar apps
 * (no session). The tenant is the host's; the token only names a feed inside it.
 */
export async function handleCalendarFeedRequest(request: Request, deps: ApiDeps, token: string): Promise<Response> {
  const ctx = await createContext({ ...deps, headers: request.headers })
  if (ctx.tenant?.status !== 'active') return notFound()
  const body = await staffFeedCalendar(deps.database, ctx.tenant.id, token)
  return body === null ? notFound() : new Response(body, { status: 200, headers: calendarHeaders('calendar.ics') })
}
