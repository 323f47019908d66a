import type { Tx } from '@portail/db'
import { clients, memberships, messageDeliveries, pushSubscriptions, tenants, users } from '@portail/db/schema'
import { tenantBrandColumns, type TenantBrandRow } from '@portail/email'
import { and, count, eq } from 'drizzle-orm'
import { toE164 } from '../sms'
import type { ClientChoices, RecipientFacts } from './decide-channels'
import { RecipientNotFoundError } from './notify-errors'
import type { DeliveryChannel, NotifyRecipient, SkipReason } from './notify-types'
import { defaultQuietHours, minutesOfDay, type QuietHours } from './quiet-hours'

type Locale = 'fr' | 'en'

export interface LoadedRecipient {
  facts: RecipientFacts
  locale: Locale
  name: string
  /** E.164 for the SMS channel (clients only). */
  phone: string | null
}

export interface TenantFacts {
  name: string
  timeZone: string
  quietHours: QuietHours
  /** What the business's mail looks like (tenantEmailBrand of @portail/email). */
  brand: TenantBrandRow
}

/** A delivery already in the log under this dedupe key, per channel. */
export interface EarlierDelivery {
  id: string
  channel: DeliveryChannel
  status: (typeof messageDeliveries.$inferSelect)['status']
  reason: SkipReason | null
}

const pushDevices = async (tx: Tx, tenantId: string, recipient: NotifyRecipient) => {
  const whose =
    recipient.kind === 'client'
      ? and(eq(pushSubscriptions.recipientKind, 'client'), eq(pushSubscriptions.clientId, recipient.clientId))
      : and(eq(pushSubscriptions.recipientKind, 'staff'), eq(pushSubscriptions.userId, recipient.userId))
  const [row] = await tx
    .select({ devices: count() })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.tenantId, tenantId), whose))
  return row?.devices ?? 0
}

/** Reads the recipient as the tenant's system actor: an id of another tenant finds nothing. */
export async function loadRecipient(tx: Tx, tenantId: string, recipient: NotifyRecipient): Promise<LoadedRecipient> {
  if (recipient.kind === 'client') {
    const [row] = await tx
      .select({
        name: clients.fullName,
        email: clients.email,
        phone: clients.phone,
        locale: clients.locale,
        preferences: clients.communicationPreferences,
        bouncedAt: clients.emailBouncedAt,
        optedOutAt: clients.smsOptedOutAt,
      })
      .from(clients)
      .where(and(eq(clients.tenantId, tenantId), eq(clients.id, recipient.clientId)))
    if (!row) throw new RecipientNotFoundError('client')
    const phone = row.phone ? toE164(row.phone) : null
    const choices: ClientChoices = {
      email: row.preferences.email,
      sms: row.preferences.sms,
      push: row.preferences.push,
      topics: row.preferences.topics,
    }
    return {
      name: row.name,
      locale: row.locale,
      phone,
      facts: {
        kind: 'client',
        email: row.email,
        phone,
        emailBouncing: row.bouncedAt !== null,
        smsOptedOut: row.optedOutAt !== null,
        pushDevices: await pushDevices(tx, tenantId, recipient),
        choices,
      },
    }
  }
  const [row] = await tx
    .select({
      name: users.name,
      email: users.email,
      locale: users.locale,
      deletedAt: users.deletedAt,
      preferences: memberships.notificationPreferences,
      tenantLocale: tenants.defaultLocale,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, recipient.userId)))
  if (!row) throw new RecipientNotFoundError('team member')
  return {
    name: row.name,
    locale: row.locale ?? row.tenantLocale,
    phone: null,
    facts: {
      kind: 'staff',
      email: row.deletedAt ? null : row.email,
      emailBouncing: false,
      pushDevices: await pushDevices(tx, tenantId, recipient),
      choices: row.preferences,
    },
  }
}

const quietHoursOf = (settings: Record<string, unknown>): QuietHours => {
  const value = settings.quietHours
  if (typeof value !== 'object' || value === null) return defaultQuietHours
  const { start, end } = value as Record<string, unknown>
  return typeof start === 'string' &&
    typeof end === 'string' &&
    minutesOfDay(start) !== null &&
    minutesOfDay(end) !== null
    ? { start, end }
    : defaultQuietHours
}

export async function loadTenant(tx: Tx, tenantId: string): Promise<TenantFacts> {
  const [row] = await tx
    .select({ ...tenantBrandColumns, timeZone: tenants.timeZone, settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
  if (!row) throw new RecipientNotFoundError('business')
  const { timeZone, settings, ...brand } = row
  return { name: brand.name, timeZone, quietHours: quietHoursOf(settings), brand }
}

export async function loadEarlier(tx: Tx, tenantId: string, dedupeKey: string): Promise<EarlierDelivery[]> {
  const rows = await tx
    .select({
      id: messageDeliveries.id,
      channel: messageDeliveries.channel,
      status: messageDeliveries.status,
      reason: messageDeliveries.skipReason,
    })
    .from(messageDeliveries)
    .where(and(eq(messageDeliveries.tenantId, tenantId), eq(messageDeliveries.dedupeKey, dedupeKey)))
  return rows
}
