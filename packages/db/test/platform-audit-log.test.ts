import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { platformAuditLog, users } from '../src/schema'
import { attempt } from './support/query'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'

let db: TestDatabase<TwoTenantFixture & { otherOperatorUserId: string }>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    const [other] = await admin.db
      .insert(users)
      .values({ externalId: 'test:op2', email: 'op2@portail.test', name: 'Second Operator' })
      .returning({ id: users.id })
    if (!other) throw new Error('second operator not created')
    await admin.db.insert(platformAuditLog).values({ actorUserId: other.id, action: 'tenants.listed' })
    return { ...fixture, otherOperatorUserId: other.id }
  })
})
afterAll(async () => db.close())

const codeOf = async (run: () => Promise<unknown>) => {
  const outcome = await attempt(run)
  return outcome.ok ? 'ok' : outcome.code
}

describe('platform audit log', () => {
  it('lets an operator append in its own name and read only its own entries', async () => {
    const operator = { actor: 'operator' as const, tenantId: null, userId: db.data.operatorUserId }
    const rows = await db.app.withTenant(operator, async (tx) => {
      await tx.insert(platformAuditLog).values({ actorUserId: db.data.operatorUserId, action: 'tenants.listed' })
      return tx.select({ actor: platformAuditLog.actorUserId }).from(platformAuditLog)
    })
    expect(rows).toEqual([{ actor: db.data.operatorUserId }])
  })

  it('refuses an entry written in another operator’s name', async () => {
    const operator = { actor: 'operator' as const, tenantId: null, userId: db.data.operatorUserId }
    const code = await codeOf(() =>
      db.app.withTenant(operator, (tx) => tx.insert(platformAuditLog).values({ actorUserId: db.data.otherOperatorUserId, action: 'forged' })),
    )
    expect(code).toBe('42501')
  })

  it('is closed to every tenant actor', async () => {
    const { a } = db.data
    for (const ctx of [
      { actor: 'staff' as const, tenantId: a.id, userId: a.ownerUserId },
      { actor: 'client' as const, tenantId: a.id, userId: a.clientUserId, clientId: a.clientId },
      { actor: 'system' as const, tenantId: a.id },
      { actor: 'public' as const, tenantId: a.id, userId: a.ownerUserId },
    ]) {
      expect(await codeOf(() => db.app.withTenant(ctx, (tx) => tx.select().from(platformAuditLog))), ctx.actor).toBe('42501')
    }
  })
})
