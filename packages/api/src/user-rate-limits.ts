import type { RateLimits, UserRateLimitName } from '@portail/auth/rate-limit'
import { DomainError } from '@portail/core/errors'

/**
 * The signed-in mutations counted per user, by procedure path, with the limit each counts against
 * (values and reasons in @portail/auth's policies.ts). One table rather than a flag on each
 * procedure: the count must be taken before the procedure's builder opens its transaction (the
 * database store counts in a transaction of its own, and PGlite runs one at a time), and a test
 * checks that every path here is a mutation of the router, so a rename cannot drop a limit.
 */
export const userRateLimitedProcedures = {
  'onboarding.createBusiness': 'businessesPerUser',
  'booking.create': 'clientBookingChangesPerUser',
  'booking.reschedule': 'clientBookingChangesPerUser',
  'booking.cancel': 'clientBookingChangesPerUser',
  'staff.bookings.create': 'teamBookingChangesPerUser',
  'staff.bookings.createSeries': 'teamBookingChangesPerUser',
  'staff.bookings.move': 'teamBookingChangesPerUser',
  'staff.bookings.cancel': 'teamBookingChangesPerUser',
  'staff.invitations.create': 'invitationsPerUser',
  'staff.clients.invite': 'invitationsPerUser',
  'invitations.accept': 'invitationsPerUser',
  'staff.settings.uploadLogo': 'uploadsPerUser',
} as const satisfies Record<string, UserRateLimitName>

const limitOf = (path: string): UserRateLimitName | null =>
  Object.hasOwn(userRateLimitedProcedures, path)
    ? userRateLimitedProcedures[path as keyof typeof userRateLimitedProcedures]
    : null

/**
 * Counts one call of a limited procedure against the caller's bucket; a spent bucket refuses it
 * with RATE_LIMITED (429, Retry-After) before anything runs. Anonymous calls are not counted here
 * (no procedure in the table admits them; the web app limits them per address). Without limits in
 * the context (server-side callers and tests that do not pass any), nothing is counted: the web
 * route always passes them.
 */
export async function countUserCall(limits: RateLimits | null, path: string, userId: string | null): Promise<void> {
  const limit = limitOf(path)
  if (!limits || !limit || !userId) return
  const decision = await limits[limit].consume(userId)
  if (decision.allowed) return
  throw new DomainError('RATE_LIMITED', 'rateLimit.tooMany', {
    details: { retryAfterSeconds: decision.retryAfterSeconds },
  })
}
