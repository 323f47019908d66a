import type { Database } from '@portail/db'
import { sessionTransfers, userSessions, users } from '@portail/db/schema'
import { and, eq, isNull } from 'drizzle-orm'
import { hashTransferToken, isTransferTokenShaped } from '../session-transfer/transfer-token'
import { signSessionId } from './crypto'
import { identityActor } from './identity-context'
import { sessionLifetimeSeconds, type Clock, systemClock } from './settings'

export type TransferRefusal =
  /** Not a token we made (forged, truncated, or purged long ago). */
  | 'unknown'
  | 'expired'
  /** Redeemed already: a token signs in once. */
  | 'used'
  /** Made for another business's portal: it is burnt, since it was shown where it should not be. */
  | 'wrong-portal'
  /** The account was deleted meanwhile. */
  | 'account-unavailable'

export type TransferResult =
  | { ok: true; userId: string; sessionToken: string; expiresAt: Date }
  | { ok: false; reason: TransferRefusal }

/**
 * Redeems a session transfer on the portal of `tenantId` (from the request's host, never from the
 * token's holder): the token's row is locked, checked (not used, not expired, made for this
 * portal), marked used, and a new session of the dev adapter is opened for its user on this host.
 * Every refusal after the lookup also marks the token used, so a token is tried at most once.
 */
export function redeemSessionTransfer(
  database: Database,
  input: { token: string; tenantId: string | null },
  options: { secret: string; now?: Clock },
): Promise<TransferResult> {
  if (!isTransferTokenShaped(input.token)) return Promise.resolve({ ok: false, reason: 'unknown' })
  const now = (options.now ?? systemClock)()
  return database.withTenant(identityActor, async (tx): Promise<TransferResult> => {
    const [transfer] = await tx
      .select()
      .from(sessionTransfers)
      .where(eq(sessionTransfers.tokenHash, hashTransferToken(input.token)))
      .for('update')
    if (!transfer) return { ok: false, reason: 'unknown' }
    if (transfer.consumedAt) return { ok: false, reason: 'used' }
    await tx
      .update(sessionTransfers)
      .set({ consumedAt: now })
      .where(and(eq(sessionTransfers.id, transfer.id), isNull(sessionTransfers.consumedAt)))
    if (transfer.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
    if (transfer.targetTenantId !== input.tenantId) return { ok: false, reason: 'wrong-portal' }

    const [user] = await tx
      .select({ id: users.id, deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, transfer.userId))
    if (!user || user.deletedAt) return { ok: false, reason: 'account-unavailable' }
    const expiresAt = new Date(now.getTime() + sessionLifetimeSeconds * 1000)
    const [session] = await tx
      .insert(userSessions)
      .values({ userId: user.id, createdAt: now, expiresAt })
      .returning({ id: userSessions.id })
    if (!session) throw new Error('session not stored')
    return {
      ok: true,
      userId: user.id,
      expiresAt,
      sessionToken: `${session.id}.${signSessionId(options.secret, session.id)}`,
    }
  })
}
