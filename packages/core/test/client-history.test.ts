import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { createClient, getClientHistory, setClientArchived, updateClient } from '../src/clients'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const ownerOf = (tenant: 'a' | 'b'): StaffActor => ({
  tenantId: db.data[tenant].id,
  userId: db.data[tenant].ownerUserId,
  role: 'owner',
})
const asOwner = <T>(tenant: 'a' | 'b', work: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data[tenant].id, userId: db.data[tenant].ownerUserId }, work)

describe('getClientHistory', () => {
  it('lists what happened to a client, newest first, with field names and no values', async () => {
    const created = await asOwner('a', (tx) => createClient(tx, ownerOf('a'), { fullName: 'History Probe' }))
    await asOwner('a', (tx) => updateClient(tx, ownerOf('a'), { id: created.id, data: { phone: '514 555-0100' } }))
    await asOwner('a', (tx) => setClientArchived(tx, ownerOf('a'), { id: created.id, archived: true }))
    const history = await asOwner('a', (tx) => getClientHistory(tx, ownerOf('a'), { id: created.id }))
    expect(history.entries.map((entry) => entry.action)).toEqual(['client.archived', 'client.updated', 'client.created'])
    expect(history.entries[1]).toMatchObject({ actorRole: 'owner', fields: ['phone'] })
    expect(JSON.stringify(history)).not.toContain('5145550100')
    expect(history.consents).toEqual([])
  })

  it('answers NOT_FOUND for another business’s client', async () => {
    const theirs = await asOwner('b', (tx) => createClient(tx, ownerOf('b'), { fullName: 'Not Yours' }))
    await expect(asOwner('a', (tx) => getClientHistory(tx, ownerOf('a'), { id: theirs.id }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
