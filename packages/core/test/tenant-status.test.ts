import type { Database } from '@portail/db'
import { auditLog, platformAuditLog, tenants } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isDomainError } from '../src/errors'
import { reactivateTenant, resolveTenantBySlug, suspendTenant } from '../src/tenants'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const operator = () => ({ userId: db.data.operatorUserId })

/** What an operator change can touch: the registry row, the tenant's audit log, the platform log. */
async function trail(tenantId: string, ownerUserId: string | null) {
  const registry = await db.app.withTenant({ actor: 'operator', tenantId: null, userId: operator().userId }, (tx) =>
    tx
      .select({ status: tenants.status, suspendedReason: tenants.suspendedReason, updatedAt: tenants.updatedAt })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
  )
  const platform = await db.app.withTenant({ actor: 'operator', tenantId: null, userId: operator().userId }, (tx) =>
    tx.select().from(platformAuditLog).orderBy(asc(platformAuditLog.createdAt), asc(platformAuditLog.id)),
  )
  const tenantAudit = ownerUserId
    ? await db.app.withTenant({ actor: 'staff', tenantId, userId: ownerUserId }, (tx) =>
        tx.select().from(auditLog).where(eq(auditLog.tenantId, tenantId)).orderBy(asc(auditLog.createdAt)),
      )
    : []
  return { registry, platform, tenantAudit }
}

async function domainCodeOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`)
  return { code: error.code, messageKey: error.messageKey }
}

/**
 * The same database, counting the transactions opened through it; with `crash`, each one fails
 * after its work is done, as a crash just before COMMIT would.
 */
function instrumented(database: Database, options: { crash: boolean }) {
  let opened = 0
  const wrapped: Database = {
    ...database,
    withTenant: (ctx, fn) => {
      opened += 1
      return database.withTenant(ctx, async (tx) => {
        const result = await fn(tx)
        if (options.crash) throw new Error('crash before commit')
        return result
      })
    },
  }
  return { database: wrapped, transactions: () => opened }
}

describe('suspendTenant / reactivateTenant', () => {
  it('suspends with the reason, and records it in the tenant’s log and the platform’s, in the operator’s name', async () => {
    const { a } = db.data
    const before = await trail(a.id, a.ownerUserId)
    const suspended = await suspendTenant(db.app, operator(), { tenantId: a.id, reason: '  unpaid since March  ' })
    expect(suspended).toMatchObject({ id: a.id, status: 'suspended', suspendedReason: 'unpaid since March' })
    expect((await resolveTenantBySlug(db.app, a.slug))?.status).toBe('suspended')

    const after = await trail(a.id, a.ownerUserId)
    expect(after.tenantAudit.slice(before.tenantAudit.length)).toEqual([
      expect.objectContaining({
        tenantId: a.id,
        actorUserId: operator().userId,
        actorRole: 'operator',
        action: 'tenant.suspended',
        entityType: 'tenant',
        entityId: a.id,
        reason: 'unpaid since March',
      }),
    ])
    expect(after.platform.slice(before.platform.length)).toEqual([
      expect.objectContaining({
        actorUserId: operator().userId,
        action: 'tenant.suspended',
        targetTenantId: a.id,
        reason: 'unpaid since March',
      }),
    ])
  })

  it('reactivates, clearing the suspension reason, audited the same way', async () => {
    const { a } = db.data
    const before = await trail(a.id, a.ownerUserId)
    const active = await reactivateTenant(db.app, operator(), { tenantId: a.id, reason: 'paid in full' })
    expect(active).toMatchObject({ status: 'active', suspendedReason: null })
    const after = await trail(a.id, a.ownerUserId)
    expect(after.tenantAudit.slice(before.tenantAudit.length).map((row) => [row.action, row.reason])).toEqual([
      ['tenant.reactivated', 'paid in full'],
    ])
    expect(after.platform.slice(before.platform.length).map((row) => [row.action, row.targetTenantId])).toEqual([
      ['tenant.reactivated', a.id],
    ])
  })

  it('refuses to suspend a suspended tenant or reactivate an active one with CONFLICT, writing nothing', async () => {
    const { b, suspended } = db.data
    const beforeB = await trail(b.id, b.ownerUserId)
    const beforeClosed = await trail(suspended.id, null)
    expect(await domainCodeOf(reactivateTenant(db.app, operator(), { tenantId: b.id, reason: 'again' }))).toEqual({
      code: 'CONFLICT',
      messageKey: 'tenant.alreadyActive',
    })
    expect(await domainCodeOf(suspendTenant(db.app, operator(), { tenantId: suspended.id, reason: 'again' }))).toEqual({
      code: 'CONFLICT',
      messageKey: 'tenant.alreadySuspended',
    })
    expect(await trail(b.id, b.ownerUserId)).toEqual(beforeB)
    expect(await trail(suspended.id, null)).toEqual(beforeClosed)
  })

  it('answers NOT_FOUND for an unknown tenant, writing nothing', async () => {
    const before = await trail(db.data.b.id, null)
    const unknown = '0190f5e4-8a3b-7c1d-9e2f-123456789abc'
    expect(await domainCodeOf(suspendTenant(db.app, operator(), { tenantId: unknown, reason: 'who?' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'tenant.notFound',
    })
    expect(await domainCodeOf(reactivateTenant(db.app, operator(), { tenantId: unknown, reason: 'who?' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'tenant.notFound',
    })
    expect((await trail(db.data.b.id, null)).platform).toEqual(before.platform)
  })

  it('keeps the status change and both audit entries in one transaction: a crash before commit leaves none', async () => {
    const { b } = db.data
    const before = await trail(b.id, b.ownerUserId)
    const crashing = instrumented(db.app, { crash: true })
    await expect(
      suspendTenant(crashing.database, operator(), { tenantId: b.id, reason: 'never committed' }),
    ).rejects.toThrow('crash before commit')
    expect(await trail(b.id, b.ownerUserId)).toEqual(before)

    const counting = instrumented(db.app, { crash: false })
    await suspendTenant(counting.database, operator(), { tenantId: b.id, reason: 'committed' })
    expect(counting.transactions()).toBe(1)
    expect((await trail(b.id, b.ownerUserId)).registry).toEqual([expect.objectContaining({ status: 'suspended' })])
  })
})
