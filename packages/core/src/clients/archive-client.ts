import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { getClient } from './get-client'

/**
 * Archives a client (out of the active list, no portal invitation; the records stay) or brings
 * one back. Setting the state it already has changes nothing and writes no audit entry, so a
 * repeated click or a retried request is harmless. A change is audited as client.archived /
 * client.unarchived.
 */
export async function setClientArchived(tx: Tx, ctx: StaffActor, input: { id: string; archived: boolean }) {
  const changed = await tx
    .update(clients)
    .set({ archivedAt: input.archived ? sql`now()` : null, updatedAt: sql`now()` })
    .where(
      and(
        eq(clients.tenantId, ctx.tenantId),
        eq(clients.id, input.id),
        // Only a row whose state differs: archived_at keeps the first archiving time.
        input.archived ? isNull(clients.archivedAt) : isNotNull(clients.archivedAt),
      ),
    )
    .returning({ id: clients.id })
  if (changed.length > 0) {
    await appendAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.userId,
      actorRole: ctx.role,
      action: input.archived ? 'client.archived' : 'client.unarchived',
      entityType: 'client',
      entityId: input.id,
      clientId: input.id,
    })
  }
  // NOT_FOUND for an unknown id and for another tenant's client alike (RLS hides the latter).
  return getClient(tx, ctx, { id: input.id })
}
