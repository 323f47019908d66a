import type { ActorContext, Database, Tx } from '@portail/db'
import { pushSubscriptions } from '@portail/db/schema'
import type { Locale } from '@portail/i18n'
import { and, eq } from 'drizzle-orm'

/**
 * Who subscribes a device: a client of the business (its client record and user) or a member of
 * its team (their user). The API builds it from the caller's checked context only.
 */
export type PushDeviceOwner =
  | { kind: 'client'; tenantId: string; userId: string; clientId: string }
  | { kind: 'staff'; tenantId: string; userId: string }

/** A browser's push subscription, checked (ZSubscribePushInput). */
export interface PushDevice {
  endpoint: string
  keys: { p256dh: string; auth: string }
  userAgent?: string | undefined
}

const actorOf = (owner: PushDeviceOwner): ActorContext =>
  owner.kind === 'client'
    ? { actor: 'client', tenantId: owner.tenantId, userId: owner.userId, clientId: owner.clientId }
    : { actor: 'staff', tenantId: owner.tenantId, userId: owner.userId }

const sameEndpoint = (tenantId: string, endpoint: string) =>
  and(eq(pushSubscriptions.tenantId, tenantId), eq(pushSubscriptions.endpoint, endpoint))

/** The owner's own device with that endpoint: row-level security says so already, the filter again. */
const ownDevice = (owner: PushDeviceOwner, endpoint: string) =>
  and(
    sameEndpoint(owner.tenantId, endpoint),
    owner.kind === 'client'
      ? and(eq(pushSubscriptions.recipientKind, 'client'), eq(pushSubscriptions.clientId, owner.clientId))
      : and(eq(pushSubscriptions.recipientKind, 'staff'), eq(pushSubscriptions.userId, owner.userId)),
  )

/**
 * Subscribes this device to the owner's notifications in this business, in the reader's language.
 * The same device again is a no-op. A device already subscribed by someone else here (a shared
 * computer: another client or team member signed in on it before) now belongs to the one
 * subscribing: the endpoint is a secret only this browser and its push service know, so holding it
 * proves it is that browser, and the previous person must stop getting their reminders on a screen
 * someone else uses. Their row is invisible to the caller (row-level security), hence the system
 * actor for that one removal, by exact endpoint.
 */
export async function subscribePushDevice(
  database: Database,
  owner: PushDeviceOwner,
  device: PushDevice,
  locale: Locale,
): Promise<{ subscribed: true }> {
  const row = {
    tenantId: owner.tenantId,
    recipientKind: owner.kind,
    clientId: owner.kind === 'client' ? owner.clientId : null,
    userId: owner.userId,
    endpoint: device.endpoint,
    p256dh: device.keys.p256dh,
    auth: device.keys.auth,
    userAgent: device.userAgent ?? null,
    locale,
  }
  const insert = (tx: Tx) =>
    tx
      .insert(pushSubscriptions)
      .values(row)
      .onConflictDoNothing({ target: [pushSubscriptions.tenantId, pushSubscriptions.endpoint] })
      .returning({ id: pushSubscriptions.id })
  const inserted = await database.withTenant(actorOf(owner), async (tx) => {
    const [own] = await tx
      .select({ p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth })
      .from(pushSubscriptions)
      .where(ownDevice(owner, device.endpoint))
    // This person's own device: kept as is when the keys are the same, replaced when they changed.
    if (own?.p256dh === row.p256dh && own.auth === row.auth) return true
    if (own) await tx.delete(pushSubscriptions).where(ownDevice(owner, device.endpoint))
    return (await insert(tx)).length > 0
  })
  if (inserted) return { subscribed: true }
  await database.withTenant({ actor: 'system', tenantId: owner.tenantId }, (tx) =>
    tx.delete(pushSubscriptions).where(sameEndpoint(owner.tenantId, device.endpoint)),
  )
  await database.withTenant(actorOf(owner), insert)
  return { subscribed: true }
}

/** Stops this device's notifications for the owner here; another person's device is never touched. */
export async function unsubscribePushDevice(
  tx: Tx,
  owner: PushDeviceOwner,
  endpoint: string,
): Promise<{ removed: boolean }> {
  const removed = await tx
    .delete(pushSubscriptions)
    .where(ownDevice(owner, endpoint))
    .returning({ id: pushSubscriptions.id })
  return { removed: removed.length > 0 }
}

/** Whether this device receives the owner's notifications here (the toggle's state). */
export async function isPushDeviceSubscribed(tx: Tx, owner: PushDeviceOwner, endpoint: string): Promise<boolean> {
  const [row] = await tx.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(ownDevice(owner, endpoint))
  return row !== undefined
}
