import type { Tx } from '@portail/db'
import { type CommunicationPreferences, clients, consentRecords } from '@portail/db/schema'
import type { TUpdateMyNotificationPreferencesInput } from '@portail/validators'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'

/**
 * The version of the SMS consent wording the preferences form shows (notificationPreferences.
 * smsConsent in the catalogs). A new wording is a new version: consents record the one accepted.
 */
export const smsConsentWordingVersion = '2026-12-07'

const topics = ['reminders', 'bookingChanges', 'payments', 'messages'] as const

export interface MyNotificationPreferences {
  channels: { email: boolean; sms: boolean; push: boolean }
  topics: Required<CommunicationPreferences>['topics']
  marketing: boolean
  locale: 'fr' | 'en'
  /** SMS needs a phone on the profile. */
  hasPhone: boolean
  /** The client answered STOP: no SMS until they text START (the carrier enforces it too). */
  smsOptedOut: boolean
  /** The SMS consent last given (null: never), and the wording's current version. */
  smsConsent: { version: string; acceptedAt: Date } | null
  smsWordingVersion: string
}

const mine = (ctx: Pick<ClientActor, 'tenantId' | 'clientId'>) =>
  and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, ctx.clientId))

export async function getMyNotificationPreferences(
  tx: Tx,
  ctx: Pick<ClientActor, 'tenantId' | 'clientId'>,
): Promise<MyNotificationPreferences> {
  const [row] = await tx
    .select({
      preferences: clients.communicationPreferences,
      locale: clients.locale,
      phone: clients.phone,
      smsOptedOutAt: clients.smsOptedOutAt,
    })
    .from(clients)
    .where(mine(ctx))
  if (!row) throw new DomainError('NOT_FOUND', 'client.notFound')
  const [consent] = await tx
    .select({ version: consentRecords.version, acceptedAt: consentRecords.acceptedAt })
    .from(consentRecords)
    .where(
      and(
        eq(consentRecords.tenantId, ctx.tenantId),
        eq(consentRecords.clientId, ctx.clientId),
        eq(consentRecords.kind, 'sms'),
      ),
    )
    .orderBy(desc(consentRecords.acceptedAt))
    .limit(1)
  const preferences = row.preferences
  return {
    channels: { email: preferences.email, sms: preferences.sms, push: preferences.push ?? true },
    topics: preferences.topics ?? {},
    marketing: preferences.marketing,
    locale: row.locale,
    hasPhone: Boolean(row.phone),
    smsOptedOut: row.smsOptedOutAt !== null,
    smsConsent: consent ?? null,
    smsWordingVersion: smsConsentWordingVersion,
  }
}

/** Drops the channels a topic leaves to the main switch, so the stored choice stays minimal. */
const topicsOf = (input: TUpdateMyNotificationPreferencesInput['topics']) => {
  const stored: Required<CommunicationPreferences>['topics'] = {}
  for (const topic of topics) {
    const choice = Object.fromEntries(Object.entries(input[topic]).filter(([, on]) => on !== undefined))
    if (Object.keys(choice).length > 0) stored[topic] = choice
  }
  return stored
}

/**
 * A client chooses its channels, per kind of message, marketing and language. Turning SMS on needs
 * a phone and records the consent (consent_records: kind sms, the wording's version, the time and
 * the user); turning it off is written to the audit log as the consent withdrawn. The target is
 * always the client of the context, never an id from input.
 */
export async function updateMyNotificationPreferences(
  tx: Tx,
  ctx: ClientActor,
  input: TUpdateMyNotificationPreferencesInput,
): Promise<MyNotificationPreferences> {
  const [before] = await tx
    .select({ preferences: clients.communicationPreferences, phone: clients.phone, locale: clients.locale })
    .from(clients)
    .where(mine(ctx))
    .for('update')
  if (!before) throw new DomainError('NOT_FOUND', 'client.notFound')
  const smsOn = input.channels.sms && !before.preferences.sms
  const smsOff = !input.channels.sms && before.preferences.sms
  if (smsOn && !before.phone) throw new DomainError('CONFLICT', 'notification.smsNeedsPhone', { field: 'channels.sms' })
  const preferences: CommunicationPreferences = {
    email: input.channels.email,
    sms: input.channels.sms,
    push: input.channels.push,
    marketing: input.marketing,
    topics: topicsOf(input.topics),
  }
  // A save that changes nothing writes nothing (no audit entry either).
  if (JSON.stringify(preferences) === JSON.stringify(before.preferences) && before.locale === input.locale) {
    return getMyNotificationPreferences(tx, ctx)
  }
  await tx
    .update(clients)
    .set({ communicationPreferences: preferences, locale: input.locale, updatedAt: sql`now()` })
    .where(mine(ctx))
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
    fields: before.locale === input.locale ? ['communicationPreferences'] : ['communicationPreferences', 'locale'],
    ...(smsOn || smsOff
      ? { details: { smsConsent: smsOn ? 'given' : 'withdrawn', smsConsentVersion: smsConsentWordingVersion } }
      : {}),
  })
  return getMyNotificationPreferences(tx, ctx)
}
