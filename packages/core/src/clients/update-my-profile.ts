import type { Tx } from '@portail/db'
import { clients, consentRecords } from '@portail/db/schema'
import type { ZUpdateMyProfileInput } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { ClientActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { fieldsThatDiffer } from '../audit/fields-that-differ'
import { DomainError } from '../errors'
import { smsConsentWordingVersion } from '../notifications/my-notification-preferences'
import { getMyProfile } from './get-my-profile'

export type MyProfilePatch = z.output<typeof ZUpdateMyProfileInput>

/**
 * A client edits its own profile. The target is always the client of the context, never an id
 * from input; the database also grants clients only these profile columns.
 */
export async function updateMyProfile(tx: Tx, ctx: ClientActor, input: MyProfilePatch) {
  const mine = and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, ctx.clientId))
  const [before] = await tx
    .select({
      fullName: clients.fullName,
      phone: clients.phone,
      serviceAddress: clients.serviceAddress,
      locale: clients.locale,
      communicationPreferences: clients.communicationPreferences,
    })
    .from(clients)
    .where(mine)
  if (!before) throw new DomainError('NOT_FOUND', 'client.notFound')
  // The form sends every field back: the entry names what changed, and a save that changed
  // nothing writes nothing.
  // The profile form sets the main switches; per-topic choices and push (the notification
  // preferences of issue 13) are kept.
  const communicationPreferences = { ...before.communicationPreferences, ...input.communicationPreferences }
  const fields = fieldsThatDiffer(before, { ...input, communicationPreferences })
  if (fields.length === 0) return getMyProfile(tx, ctx)
  const updated = await tx
    .update(clients)
    .set({
      fullName: input.fullName,
      phone: input.phone,
      serviceAddress: input.serviceAddress,
      locale: input.locale,
      communicationPreferences,
      updatedAt: sql`now()`,
    })
    .where(mine)
    .returning({ id: clients.id })
  if (updated.length === 0) throw new DomainError('NOT_FOUND', 'client.notFound')
  // SMS turned on here is consent too, recorded as the preferences section records it.
  const smsOn = communicationPreferences.sms && !before.communicationPreferences.sms
  const smsOff = !communicationPreferences.sms && before.communicationPreferences.sms
  if (smsOn) {
    await tx.insert(consentRecords).values({
      tenantId: ctx.tenantId,
      clientId: ctx.clientId,
      userId: ctx.userId,
      kind: 'sms',
      version: smsConsentWordingVersion,
    })
  }
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: 'client',
    action: 'client.profile_updated',
    entityType: 'client',
    entityId: ctx.clientId,
    clientId: ctx.clientId,
    fields,
    ...(smsOn || smsOff
      ? { details: { smsConsent: smsOn ? 'given' : 'withdrawn', smsConsentVersion: smsConsentWordingVersion } }
      : {}),
  })
  return getMyProfile(tx, ctx)
}
