import type { Database } from '@portail/db'
import { pushSubscriptions } from '@portail/db/schema'
import { and, eq, type SQL, sql } from 'drizzle-orm'
import type { Agent } from 'node:https'
import { vapidFromEnv } from './dev-vapid-keys'
import { readPushEnv, type VapidConfig } from './env'
import { pushToDevice } from './push-to-device'
import type { PushOutcome, PushRecipient, PushRequest } from './types'

export interface SendPushOptions {
  /** The VAPID identity; default: from the configuration (VAPID_*, or the development pair). */
  vapid?: VapidConfig | null
  /** The https agent web-push connects with (tests: one trusting a local fake's certificate). */
  agent?: Agent
  /** How long a push service keeps an undelivered message for an offline device. */
  ttlSeconds?: number
  now?: () => Date
}

let configured: VapidConfig | null | undefined

/** The configuration's VAPID identity, read once per process. */
export function configuredVapid(): VapidConfig | null {
  configured ??= vapidFromEnv(readPushEnv())
  return configured
}

/** A recipient's own devices: a client's by its client row, a team member's by its user. */
export const recipientDevices = (recipient: PushRecipient): SQL | undefined =>
  recipient.kind === 'client'
    ? and(eq(pushSubscriptions.recipientKind, 'client'), eq(pushSubscriptions.clientId, recipient.clientId))
    : and(eq(pushSubscriptions.recipientKind, 'staff'), eq(pushSubscriptions.userId, recipient.userId))

/**
 * Sends one push message to every device the recipient subscribed in the tenant, as the tenant's
 * system actor: reads the devices in one short transaction, sends to each outside any transaction
 * (network calls; notify() calls this after its commit), then records what the push services said:
 * a device reached is marked used; one they no longer know (404/410) is deleted, so it is never
 * tried again; any other refusal counts a failure on the device and is reported, not thrown.
 * Web push off (production without VAPID keys): nothing is sent, nothing is read.
 */
export async function sendPushToRecipient(
  database: Database,
  request: PushRequest,
  options: SendPushOptions = {},
): Promise<PushOutcome> {
  const vapid = options.vapid === undefined ? configuredVapid() : options.vapid
  const outcome: PushOutcome = { sent: 0, removed: 0, failed: 0 }
  if (!vapid) return outcome
  const system = { actor: 'system', tenantId: request.tenantId } as const
  const devices = await database.withTenant(system, (tx) =>
    tx
      .select({
        id: pushSubscriptions.id,
        endpoint: pushSubscriptions.endpoint,
        p256dh: pushSubscriptions.p256dh,
        auth: pushSubscriptions.auth,
      })
      .from(pushSubscriptions)
      .where(and(eq(pushSubscriptions.tenantId, request.tenantId), recipientDevices(request.recipient))),
  )
  if (devices.length === 0) return outcome
  const results = await Promise.all(
    devices.map(async (device) => ({
      id: device.id,
      result: await pushToDevice(device, request.payload, {
        vapid,
        agent: options.agent,
        ttlSeconds: options.ttlSeconds,
      }),
    })),
  )
  const at = (options.now ?? (() => new Date()))()
  await database.withTenant(system, async (tx) => {
    for (const { id, result } of results) {
      const device = and(eq(pushSubscriptions.tenantId, request.tenantId), eq(pushSubscriptions.id, id))
      if (result.status === 'sent') {
        outcome.sent += 1
        await tx.update(pushSubscriptions).set({ lastUsedAt: at, failures: 0 }).where(device)
      } else if (result.status === 'gone') {
        outcome.removed += 1
        await tx.delete(pushSubscriptions).where(device)
      } else {
        outcome.failed += 1
        await tx
          .update(pushSubscriptions)
          .set({ failures: sql`${pushSubscriptions.failures} + 1` })
          .where(device)
      }
    }
  })
  return outcome
}
