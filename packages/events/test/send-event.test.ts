import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eventOutbox } from '@portail/db/schema'
import { asc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendEvent } from '../src'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const confirmed = () => ({
  name: 'booking/confirmed' as const,
  payload: {
    bookingId: '01900000-0000-7000-8000-000000000001',
    clientId: db.data.a.clientId,
    staffId: db.data.a.staffMembershipId,
    start: '2026-12-01T15:00:00.000Z',
  },
})

const outboxOf = (tenantId: string) =>
  db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx.select({ name: eventOutbox.name, payload: eventOutbox.payload }).from(eventOutbox).orderBy(asc(eventOutbox.createdAt)),
  )

describe('sendEvent', () => {
  it('writes the event with its change: a client appends it, the workflows of that business read it', async () => {
    const { a, b } = db.data
    await db.app.withTenant({ actor: 'client', tenantId: a.id, userId: a.clientUserId, clientId: a.clientId }, (tx) =>
      sendEvent(tx, a.id, confirmed()),
    )
    expect(await outboxOf(a.id)).toEqual([confirmed()])
    expect(await outboxOf(b.id)).toEqual([])
  })

  it('leaves nothing when the change rolls back', async () => {
    const { b } = db.data
    await expect(
      db.app.withTenant({ actor: 'staff', tenantId: b.id, userId: b.staffUserId }, async (tx) => {
        await sendEvent(tx, b.id, { ...confirmed(), payload: { ...confirmed().payload, clientId: b.clientId } })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect(await outboxOf(b.id)).toEqual([])
  })

  it('refuses a payload the catalog does not describe, writing nothing', async () => {
    const { b } = db.data
    const malformed = { name: 'booking/cancelled', payload: { ...confirmed().payload, by: 'client' } } as unknown as Parameters<typeof sendEvent>[2]
    await expect(
      db.app.withTenant({ actor: 'staff', tenantId: b.id, userId: b.staffUserId }, (tx) => sendEvent(tx, b.id, malformed)),
    ).rejects.toThrow(/feeCents/)
    expect(await outboxOf(b.id)).toEqual([])
  })
})
