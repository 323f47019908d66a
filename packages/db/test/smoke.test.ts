import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clients } from '../src/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

describe('withTenant', () => {
  it('runs as the actor role and sees only the tenant in context', async () => {
    const { a } = db.data
    const rows = await db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, async (tx) => {
      const who = await tx.execute<{ current_user: string }>(sql`select current_user`)
      const list = await tx.select({ tenantId: clients.tenantId }).from(clients)
      return { who, list }
    })
    expect(rows.list.length).toBe(3)
    expect(rows.list.every((row) => row.tenantId === a.id)).toBe(true)
  })

  it('refuses a query outside withTenant: the login role has no privilege', async () => {
    await expect(db.app.withTenant({ actor: 'public', tenantId: null }, (tx) => tx.select().from(clients))).rejects.toThrow()
  })
})
