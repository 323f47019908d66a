import type { AdminConnection } from '@portail/db/admin'
import { clients, messageDeliveries } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { updateClient } from '../src/clients'
import { listClientDeliveries, listMyDeliveries } from '../src/notifications/delivery-preferences'

/** A bouncing client of A with two logged messages, and one message to A's other client. */
async function fixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const f = await twoTenantFixture(admin)
  await admin.db
    .update(clients)
    .set({ emailBouncedAt: new Date('2026-12-01T12:00:00Z') })
    .where(eq(clients.id, f.a.clientId))
  const delivery = (clientId: string, channel: 'email' | 'sms', key: string) => ({
    tenantId: f.a.id,
    channel,
    template: 'booking-reminder',
    topic: 'reminders',
    recipientKind: 'client' as const,
    clientId,
    locale: 'fr' as const,
    status: 'skipped' as const,
    skipReason: channel === 'email' ? ('address_bouncing' as const) : ('no_phone' as const),
    dedupeKey: key,
  })
  await admin.db
    .insert(messageDeliveries)
    .values([
      delivery(f.a.clientId, 'email', 'k1'),
      delivery(f.a.clientId, 'sms', 'k1'),
      delivery(f.a.otherClientId, 'email', 'k2'),
    ])
  return f
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const owner = (): StaffActor => ({ tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' })
const asOwner = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, fn)

describe('delivery log', () => {
  it('shows staff a client’s messages with the reason and the bouncing flag', async () => {
    const log = await asOwner((tx) => listClientDeliveries(tx, owner(), { clientId: db.data.a.clientId, limit: 50 }))
    expect(log.entries.map((entry) => [entry.channel, entry.status, entry.skipReason]).sort()).toEqual([
      ['email', 'skipped', 'address_bouncing'],
      ['sms', 'skipped', 'no_phone'],
    ])
    expect(log.emailBouncedAt).toEqual(new Date('2026-12-01T12:00:00Z'))
  })

  it('pages newest first', async () => {
    const first = await asOwner((tx) => listClientDeliveries(tx, owner(), { clientId: db.data.a.clientId, limit: 1 }))
    expect(first.entries).toHaveLength(1)
    const next = await asOwner((tx) =>
      listClientDeliveries(tx, owner(), { clientId: db.data.a.clientId, limit: 1, before: first.nextBefore ?? '' }),
    )
    expect(next.entries).toHaveLength(1)
    expect(next.entries[0]?.id).not.toBe(first.entries[0]?.id)
    expect(next.nextBefore).toBeNull()
  })

  it('shows a client its own messages only', async () => {
    const mine = await db.app.withTenant(
      {
        actor: 'client',
        tenantId: db.data.a.id,
        userId: db.data.a.otherClientUserId,
        clientId: db.data.a.otherClientId,
      },
      (tx) => listMyDeliveries(tx, { tenantId: db.data.a.id, clientId: db.data.a.otherClientId }, { limit: 50 }),
    )
    expect(mine.entries).toHaveLength(1)
  })

  it('drops the bouncing flag when staff change the address, not before', async () => {
    const flagOf = async () =>
      (await asOwner((tx) => listClientDeliveries(tx, owner(), { clientId: db.data.a.clientId, limit: 1 })))
        .emailBouncedAt
    await asOwner((tx) => updateClient(tx, owner(), { id: db.data.a.clientId, data: { fullName: 'Renamed Client' } }))
    expect(await flagOf()).not.toBeNull()
    await asOwner((tx) =>
      updateClient(tx, owner(), { id: db.data.a.clientId, data: { email: 'fixed@alpha-pools.test' } }),
    )
    expect(await flagOf()).toBeNull()
  })
})
