import { pushSubscriptions } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, twoTenantFixture, type TwoTenantFixture } from '@portail/db/testing'
import { asc } from 'drizzle-orm'
import webpush from 'web-push'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sendPushToRecipient } from '../src/push/send-push'
import { browserKeys, type FakePushService, startFakePushService } from './push-fake-service'

let db: TestDatabase<TwoTenantFixture>
let service: FakePushService
const vapid = { ...webpush.generateVAPIDKeys(), subject: 'mailto:ops@portail.test' }
const payload = { title: 'Rappel', body: 'Demain à 9 h 30', url: '/fr/portal/appointments', tag: 'booking-1' }

beforeAll(async () => {
  service = await startFakePushService()
})
beforeEach(async () => {
  await db?.close()
  db = await createTestDatabase(twoTenantFixture)
  service.calls.length = 0
})
afterAll(async () => {
  await db.close()
  await service.close()
})

/** A device subscribed as the database holds it (the subscribe procedure's row). */
async function subscribe(
  tenantId: string,
  who: { kind: 'client'; clientId: string; userId: string } | { kind: 'staff'; userId: string },
  endpoint: string,
) {
  const { p256dh, auth } = browserKeys()
  const actor =
    who.kind === 'client'
      ? ({ actor: 'client', tenantId, userId: who.userId, clientId: who.clientId } as const)
      : ({ actor: 'staff', tenantId, userId: who.userId } as const)
  await db.app.withTenant(actor, (tx) =>
    tx.insert(pushSubscriptions).values({
      tenantId,
      recipientKind: who.kind,
      clientId: who.kind === 'client' ? who.clientId : null,
      userId: who.userId,
      endpoint,
      p256dh,
      auth,
      locale: 'fr',
    }),
  )
}

const devices = (tenantId: string) =>
  db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx
      .select({
        endpoint: pushSubscriptions.endpoint,
        failures: pushSubscriptions.failures,
        lastUsedAt: pushSubscriptions.lastUsedAt,
      })
      .from(pushSubscriptions)
      .orderBy(asc(pushSubscriptions.endpoint)),
  )

describe('sendPushToRecipient', () => {
  it('reaches every device of that client in that business, and no one else’s', async () => {
    const { a, b } = db.data
    const client = { kind: 'client', clientId: a.clientId, userId: a.clientUserId } as const
    await subscribe(a.id, client, service.endpoint('a-phone'))
    await subscribe(a.id, client, service.endpoint('a-laptop'))
    await subscribe(
      a.id,
      { kind: 'client', clientId: a.otherClientId, userId: a.otherClientUserId },
      service.endpoint('other'),
    )
    await subscribe(a.id, { kind: 'staff', userId: a.staffUserId }, service.endpoint('staff'))
    await subscribe(b.id, { kind: 'client', clientId: b.clientId, userId: b.clientUserId }, service.endpoint('b'))
    const now = new Date('2026-12-07T19:00:00Z')
    const outcome = await sendPushToRecipient(
      db.app,
      { tenantId: a.id, recipient: { kind: 'client', clientId: a.clientId }, payload },
      { vapid, agent: service.agent, now: () => now },
    )
    expect(outcome).toEqual({ sent: 2, removed: 0, failed: 0 })
    expect(service.calls.map((call) => call.path).sort()).toEqual(['/push/a-laptop', '/push/a-phone'])
    const used = (await devices(a.id)).filter((device) => device.lastUsedAt !== null)
    expect(used.map((device) => device.endpoint).sort()).toEqual([
      service.endpoint('a-laptop'),
      service.endpoint('a-phone'),
    ])
  })

  it('reaches a team member’s own devices only', async () => {
    const { a } = db.data
    await subscribe(a.id, { kind: 'staff', userId: a.staffUserId }, service.endpoint('staff'))
    await subscribe(a.id, { kind: 'staff', userId: a.ownerUserId }, service.endpoint('owner'))
    const outcome = await sendPushToRecipient(
      db.app,
      { tenantId: a.id, recipient: { kind: 'staff', userId: a.ownerUserId }, payload },
      { vapid, agent: service.agent },
    )
    expect(outcome).toEqual({ sent: 1, removed: 0, failed: 0 })
    expect(service.calls.map((call) => call.path)).toEqual(['/push/owner'])
  })

  it('removes a subscription the push service answers 410 for, and counts other failures on the device', async () => {
    const { a } = db.data
    const client = { kind: 'client', clientId: a.clientId, userId: a.clientUserId } as const
    await subscribe(a.id, client, service.endpoint('gone', 410))
    await subscribe(a.id, client, service.endpoint('busy', 503))
    await subscribe(a.id, client, service.endpoint('fine'))
    const request = { tenantId: a.id, recipient: { kind: 'client', clientId: a.clientId }, payload } as const
    expect(await sendPushToRecipient(db.app, request, { vapid, agent: service.agent })).toEqual({
      sent: 1,
      removed: 1,
      failed: 1,
    })
    expect((await devices(a.id)).map((device) => [device.endpoint, device.failures])).toEqual([
      [service.endpoint('busy'), 1],
      [service.endpoint('fine'), 0],
    ])
    // The removed device is never tried again.
    service.calls.length = 0
    expect(await sendPushToRecipient(db.app, request, { vapid, agent: service.agent })).toEqual({
      sent: 1,
      removed: 0,
      failed: 1,
    })
    expect(service.calls.map((call) => call.path).sort()).toEqual(['/push/busy', '/push/fine'])
  })

  it('sends nothing when web push is off or the recipient has no device', async () => {
    const { a } = db.data
    await subscribe(a.id, { kind: 'client', clientId: a.clientId, userId: a.clientUserId }, service.endpoint('x'))
    const request = { tenantId: a.id, recipient: { kind: 'client', clientId: a.clientId }, payload } as const
    expect(await sendPushToRecipient(db.app, request, { vapid: null })).toEqual({ sent: 0, removed: 0, failed: 0 })
    const nobody = { ...request, recipient: { kind: 'client', clientId: a.otherClientId } } as const
    expect(await sendPushToRecipient(db.app, nobody, { vapid, agent: service.agent })).toEqual({
      sent: 0,
      removed: 0,
      failed: 0,
    })
    expect(service.calls).toHaveLength(0)
  })
})
