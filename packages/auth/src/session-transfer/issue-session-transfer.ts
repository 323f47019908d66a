import type { Tx } from '@portail/db'
import { sessionTransfers } from '@portail/db/schema'
import { hashTransferToken, newTransferToken, transferLifetimeSeconds } from './transfer-token'

/**
 * Issues a one-time token that signs `userId` in on the portal of `tenantId` (the dev adapter's
 * hand-over after "start your business": cookies are per host). Runs inside the caller's
 * transaction as the identity actor, so a business that does not commit leaves no token behind.
 * Returns the token itself, which is stored nowhere: only its hash is.
 */
export async function issueSessionTransfer(
  tx: Tx,
  target: { userId: string; tenantId: string },
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newTransferToken()
  const expiresAt = new Date(now.getTime() + transferLifetimeSeconds * 1000)
  await tx.insert(sessionTransfers).values({
    tokenHash: hashTransferToken(token),
    userId: target.userId,
    targetTenantId: target.tenantId,
    expiresAt,
    createdAt: now,
  })
  return { token, expiresAt }
}
