import type { Tx } from '@portail/db'
import { userSessions, users } from '@portail/db/schema'
import { and, eq, gt, isNull } from 'drizzle-orm'

/** The live session a step-up is asked for, with its user's email: where the code goes. */
export async function liveSession(tx: Tx, sessionId: string, now: Date) {
  const [session] = await tx
    .select({ id: userSessions.id, email: users.email })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, now),
        isNull(users.deletedAt),
      ),
    )
  return session ?? null
}
