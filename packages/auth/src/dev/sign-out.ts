import type { Database } from '@portail/db'
import { userSessions } from '@portail/db/schema'
import { and, eq, isNull } from 'drizzle-orm'
import { identityActor } from './identity-context'
import { readSessionToken } from './session-token'
import { type Clock, systemClock } from './settings'

/** Ends the session a cookie names; a forged, unknown or already revoked one changes nothing. */
export async function signOut(
  database: Database,
  token: string | null,
  options: { secret: string; now?: Clock },
): Promise<void> {
  const sessionId = token ? readSessionToken(options.secret, token) : null
  if (!sessionId) return
  const now = (options.now ?? systemClock)()
  await database.withTenant(identityActor, (tx) =>
    tx
      .update(userSessions)
      .set({ revokedAt: now })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt))),
  )
}
