import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import type { ZUpdateMyProfileInput } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { ClientActor } from '../actors/actor-kinds'
import { appendAudit, changedFields } from '../audit/append-audit'
import { DomainError } from '../errors'
import { getMyProfile } from './get-my-profile'

export type MyProfilePatch = z.output<typeof ZUpdateMyProfileInput>

/**
 * A client edits its own profile. The target is always the client of the context, never an id
 * from input; the database also grants clients only these profile columns.
 */
export async function updateMyProfile(tx: Tx, ctx: ClientActor, input: MyProfilePatch) {
  const updated = await tx
    .update(clients)
    .set({
      fullName: input.fullName,
      phone: input.phone,
      serviceAddress: input.serviceAddress,
      locale: input.locale,
      communicationPreferences: input.communicationPreferences,
      updatedAt: sql`now()`,
    })
    .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, ctx.clientId)))
    .returning({ id: clients.id })
  if (updated.length === 0) throw new DomainError('NOT_FOUND', 'client.notFound')
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: 'client',
    action: 'client.profile_updated',
    entityType: 'client',
    entityId: ctx.clientId,
    clientId: ctx.clientId,
    fields: changedFields(input),
  })
  return getMyProfile(tx, ctx)
}
