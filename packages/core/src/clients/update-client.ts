import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import type { TClientProfilePatch } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit, changedFields } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { emailTakenError } from './create-client'
import { getClient } from './get-client'

/** Staff edit a client of their tenant; audited as client.updated with the names of the fields changed. */
export async function updateClient(tx: Tx, ctx: StaffActor, input: { id: string; data: TClientProfilePatch }) {
  let updated: { id: string }[]
  try {
    updated = await tx
      .update(clients)
      .set({ ...input.data, updatedAt: sql`now()` })
      .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, input.id)))
      .returning({ id: clients.id })
  } catch (error) {
    if (isUniqueViolationOf(error, 'clients_tenant_email_key')) throw emailTakenError(error)
    throw error
  }
  if (updated.length === 0) throw new DomainError('NOT_FOUND', 'client.notFound', { params: { id: input.id } })
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: ctx.role,
    action: 'client.updated',
    entityType: 'client',
    entityId: input.id,
    clientId: input.id,
    fields: changedFields(input.data),
  })
  return getClient(tx, ctx, { id: input.id })
}
