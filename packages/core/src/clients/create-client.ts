import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import type { z } from 'zod'
import type { ZCreateClientInput } from '@portail/validators'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit, changedFields } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { getClient } from './get-client'

export type CreateClientData = z.output<typeof ZCreateClientInput>

export const emailTakenError = (cause: unknown) =>
  new DomainError('CONFLICT', 'client.emailTaken', { field: 'email', cause })

/** Staff add a client (a walk-in may have no email yet); audited as client.created. */
export async function createClient(tx: Tx, ctx: StaffActor, input: CreateClientData) {
  let id: string
  try {
    const [row] = await tx
      .insert(clients)
      .values({ ...input, tenantId: ctx.tenantId })
      .returning({ id: clients.id })
    if (!row) throw new Error('insert returned no row')
    id = row.id
  } catch (error) {
    if (isUniqueViolationOf(error, 'clients_tenant_email_key')) throw emailTakenError(error)
    throw error
  }
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: ctx.role,
    action: 'client.created',
    entityType: 'client',
    entityId: id,
    clientId: id,
    fields: changedFields(input),
  })
  return getClient(tx, ctx, { id })
}
