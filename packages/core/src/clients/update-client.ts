import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import type { TClientProfilePatch } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { fieldsThatDiffer } from '../audit/fields-that-differ'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { emailTakenError } from './create-client'
import { getClient } from './get-client'

/**
 * Staff edit a client of their tenant; audited as client.updated with the names of the fields
 * whose value changed (a save that changed nothing writes nothing).
 */
export async function updateClient(tx: Tx, ctx: StaffActor, input: { id: string; data: TClientProfilePatch }) {
  const [before] = await tx
    .select({
      fullName: clients.fullName,
      email: clients.email,
      phone: clients.phone,
      serviceAddress: clients.serviceAddress,
      locale: clients.locale,
      communicationPreferences: clients.communicationPreferences,
    })
    .from(clients)
    .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, input.id)))
  if (!before) throw new DomainError('NOT_FOUND', 'client.notFound', { params: { id: input.id } })
  // The form sets the main switches; the client's per-topic and push choices (issue 13) are kept.
  const data = input.data.communicationPreferences
    ? {
        ...input.data,
        communicationPreferences: { ...before.communicationPreferences, ...input.data.communicationPreferences },
      }
    : input.data
  const fields = fieldsThatDiffer(before, data)
  if (fields.length === 0) return getClient(tx, ctx, { id: input.id })
  // A new address is not the one that bounced: the flag of the old one goes.
  const bounceCleared = fields.includes('email') ? { emailBouncedAt: null } : {}
  let updated: { id: string }[]
  try {
    updated = await tx
      .update(clients)
      .set({ ...data, ...bounceCleared, updatedAt: sql`now()` })
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
    fields,
  })
  return getClient(tx, ctx, { id: input.id })
}
