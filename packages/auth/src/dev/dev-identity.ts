import type { Database } from '@portail/db'
import { userSessions, users } from '@portail/db/schema'
import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Identity, IdentityResolver } from '../identity'
import { identityActor } from './identity-context'
import { sessionTokenFrom } from './session-cookie'
import { readSessionToken } from './session-token'
import { type Clock, systemClock } from './settings'

export interface DevIdentityOptions {
  database: Database
  secret: string
  /** PLATFORM_OPERATORS: these emails are platform operators. */
  operators: readonly string[]
  /** Served over HTTPS: only the `__Host-` cookie is read. */
  secure?: boolean
  now?: Clock
}

/** Whole minutes, rounded down like Clerk's `fva`; null when the session never confirmed a code. */
const minutesSince = (at: Date | null, now: Date) =>
  at === null ? null : Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000))

/**
 * The dev adapter's identity port: the signed session cookie, checked against its row on every
 * request, so sign-out, expiry and a deleted user take effect at once.
 */
export function createDevIdentity(options: DevIdentityOptions): IdentityResolver {
  const operators = new Set(options.operators.map((email) => email.toLowerCase()))
  const clock = options.now ?? systemClock
  return async (headers) => {
    const token = sessionTokenFrom(headers, options.secure ?? false)
    const sessionId = token ? readSessionToken(options.secret, token) : null
    if (!sessionId) return null
    const now = clock()
    const [user] = await options.database.withTenant(identityActor, (tx) =>
      tx
        .select({
          id: users.id,
          email: users.email,
          name: users.name,
          locale: users.locale,
          secondFactorVerifiedAt: userSessions.secondFactorVerifiedAt,
        })
        .from(userSessions)
        .innerJoin(users, eq(users.id, userSessions.userId))
        .where(
          and(
            eq(userSessions.id, sessionId),
            isNull(userSessions.revokedAt),
            gt(userSessions.expiresAt, now),
            isNull(users.deletedAt),
          ),
        ),
    )
    if (!user) return null
    const identity: Identity = {
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      platformRole: operators.has(user.email.toLowerCase()) ? 'operator' : null,
      secondFactorAgeMinutes: minutesSince(user.secondFactorVerifiedAt, now),
      // The session exists only because a code sent to this address was typed back.
      emailVerified: true,
    }
    return identity
  }
}
