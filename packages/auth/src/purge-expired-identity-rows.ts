import type { ActorContext, Database } from '@portail/db'
import { rateLimitBuckets, sessionTransfers, signInCodes, userSessions } from '@portail/db/schema'
import { isNotNull, lt, lte, or } from 'drizzle-orm'

/** The purge's own actor: DELETE on these four tables and SELECT on the columns it filters by. */
const purgeActor: ActorContext = { actor: 'identityPurge', tenantId: null }

export interface IdentityPurge {
  signInCodes: number
  sessions: number
  rateLimitBuckets: number
  sessionTransfers: number
}

/** Codes are kept a day past expiry: long enough to look into a burst of failed sign-ins. */
const codeRetentionMs = 24 * 60 * 60 * 1000

/**
 * Deletes what the identity service no longer needs: sign-in and step-up codes more than a day
 * past expiry, session transfers a day past expiry, sessions that are over (revoked or expired), and rate-limit counters whose window
 * closed. Runs as its own actor (portail_identity_purge), which can delete on these tables and read
 * nothing but their expiry columns and ids; triggers refuse a live code or session, so a mistake
 * here cannot reset a lockout or end a live session. Scheduled hourly by a cron workflow.
 */
export async function purgeExpiredIdentityRows(
  database: Database,
  options: { now?: () => Date } = {},
): Promise<IdentityPurge> {
  const now = (options.now ?? (() => new Date()))()
  return database.withTenant(purgeActor, async (tx) => {
    const codes = await tx
      .delete(signInCodes)
      .where(lt(signInCodes.expiresAt, new Date(now.getTime() - codeRetentionMs)))
      .returning({ id: signInCodes.id })
    const sessions = await tx
      .delete(userSessions)
      .where(or(isNotNull(userSessions.revokedAt), lte(userSessions.expiresAt, now)))
      .returning({ id: userSessions.id })
    const buckets = await tx
      .delete(rateLimitBuckets)
      .where(lte(rateLimitBuckets.expiresAt, now))
      .returning({ key: rateLimitBuckets.key })
    // Session transfers live a minute; a day past expiry they tell nobody anything.
    const transfers = await tx
      .delete(sessionTransfers)
      .where(lt(sessionTransfers.expiresAt, new Date(now.getTime() - codeRetentionMs)))
      .returning({ id: sessionTransfers.id })
    return {
      signInCodes: codes.length,
      sessions: sessions.length,
      rateLimitBuckets: buckets.length,
      sessionTransfers: transfers.length,
    }
  })
}
