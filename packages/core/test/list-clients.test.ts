import type { AdminConnection } from '@portail/db/admin'
import { clients } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listClients } from '../src/clients'

async function fixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const f = await twoTenantFixture(admin)
  await admin.db.insert(clients).values([
    { tenantId: f.a.id, fullName: '100% Pools', email: 'percent@a.test' },
    { tenantId: f.a.id, fullName: '100 Pools', email: 'plain@a.test' },
    { tenantId: f.a.id, fullName: 'Same Name', email: 'same1@a.test' },
    { tenantId: f.a.id, fullName: 'Same Name', email: 'same2@a.test' },
    { tenantId: f.a.id, fullName: 'Same Name', email: 'same3@a.test' },
    { tenantId: f.a.id, fullName: 'Gone Away', email: 'gone@a.test', archivedAt: new Date() },
    { tenantId: f.a.id, fullName: 'Reads English', email: 'english@a.test', locale: 'en' },
    { tenantId: f.b.id, fullName: 'Same Name', email: 'same@b.test' },
  ])
  return f
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const list = (input: { search?: string; archived?: boolean; locale?: 'fr' | 'en'; cursor?: string; limit?: number }) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
    listClients(tx, { tenantId: db.data.a.id }, { archived: false, limit: 25, ...input }),
  )

describe('listClients', () => {
  it('takes % and _ in a search literally', async () => {
    expect((await list({ search: '% Pools' })).items.map((c) => c.fullName)).toEqual(['100% Pools'])
    expect((await list({ search: '0% P' })).items.map((c) => c.fullName)).toEqual(['100% Pools'])
    expect((await list({ search: '10_' })).items).toEqual([])
  })

  it('pages through equal names one at a time without skipping or repeating anyone', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await list({ search: 'Same Name', limit: 1, cursor })
      seen.push(...page.items.map((c) => c.email ?? ''))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen.sort()).toEqual(['same1@a.test', 'same2@a.test', 'same3@a.test'])
  })

  it('shows archived clients only when asked, and never another tenant’s', async () => {
    expect((await list({ archived: true })).items.map((c) => c.fullName)).toEqual(['Gone Away'])
    expect((await list({ search: 'gone' })).items).toEqual([])
    expect((await list({ search: 'same@b.test' })).items).toEqual([])
  })

  it('filters by the language a client reads', async () => {
    expect((await list({ locale: 'en' })).items.map((c) => c.fullName)).toEqual(['Reads English'])
    expect((await list({ locale: 'fr' })).items.map((c) => c.fullName)).not.toContain('Reads English')
  })
})
