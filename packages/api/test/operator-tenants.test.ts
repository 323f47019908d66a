import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'
import { auditOf, platformAuditOf } from './support/inspect'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const missingId = '0190f5e4-8a3b-7c1d-9e2f-000000000000'
const asOperator = (acceptLanguage?: string) =>
  callerFor(db.app, { host: rootDomain, userId: db.data.operatorUserId, operator: true, acceptLanguage })
const onAlpha = (userId?: string) => callerFor(db.app, { host: hostOf(db.data.a.slug), userId })

describe('operator.tenants.get', () => {
  it('shows one business to an operator, without its settings, and records the read', async () => {
    const before = await platformAuditOf(db.app, db.data.operatorUserId)
    const tenant = await (await asOperator()).operator.tenants.get({ tenantId: db.data.suspended.id })
    expect(tenant).toMatchObject({
      id: db.data.suspended.id,
      slug: 'closed-shop',
      status: 'suspended',
      suspendedReason: 'unpaid',
    })
    expect(tenant).not.toHaveProperty('settings')
    const after = await platformAuditOf(db.app, db.data.operatorUserId)
    expect(after.slice(before.length)).toEqual([
      expect.objectContaining({ action: 'tenant.viewed', targetTenantId: db.data.suspended.id }),
    ])
  })

  it('counts the members and clients of the business, never more than numbers', async () => {
    const tenant = await (await asOperator()).operator.tenants.get({ tenantId: db.data.a.id })
    expect(tenant).toMatchObject({ memberCount: 2, clientCount: 3 })
    expect(tenant).not.toHaveProperty('members')
  })

  it('answers NOT_FOUND for an unknown tenant', async () => {
    expect((await errorOf((await asOperator()).operator.tenants.get({ tenantId: missingId }))).code).toBe('NOT_FOUND')
  })
})

describe('operator.tenants.list', () => {
  it('shows each business with its member and client counts', async () => {
    const page = await (await asOperator()).operator.tenants.list({})
    expect(page.items.map(({ slug, memberCount, clientCount }) => ({ slug, memberCount, clientCount }))).toEqual([
      { slug: 'alpha-pools', memberCount: 2, clientCount: 3 },
      { slug: 'bravo-clinic', memberCount: 2, clientCount: 3 },
      { slug: 'closed-shop', memberCount: 0, clientCount: 0 },
    ])
  })

  it('narrows the list to one status, and records the filter with the read', async () => {
    const operator = await asOperator()
    expect((await operator.operator.tenants.list({ status: 'suspended' })).items.map((t) => t.slug)).toEqual([
      'closed-shop',
    ])
    const before = await platformAuditOf(db.app, db.data.operatorUserId)
    const active = await operator.operator.tenants.list({ status: 'active' })
    expect(active.items.map((t) => t.slug)).toEqual(['alpha-pools', 'bravo-clinic'])
    const after = await platformAuditOf(db.app, db.data.operatorUserId)
    expect(after.slice(before.length)).toEqual([
      expect.objectContaining({ action: 'tenants.listed', data: { search: null, status: 'active', returned: 2 } }),
    ])
  })

  it('refuses a status that does not exist', async () => {
    const operator = await asOperator()
    // What a hostile caller could send, past the types.
    expect((await errorOf(operator.operator.tenants.list({ status: 'deleted' } as never))).code).toBe('BAD_REQUEST')
  })
})

describe('operator.tenants.suspend / reactivate', () => {
  it('takes the portal offline for everyone at once, and brings it back', async () => {
    const { a } = db.data
    // Contexts built after the change, as each new request builds its own: nothing is cached.
    await (await asOperator()).operator.tenants.suspend({ tenantId: a.id, reason: 'chargebacks under review' })
    for (const userId of [undefined, a.ownerUserId, a.staffUserId, a.clientUserId]) {
      const error = await errorOf((await onAlpha(userId)).tenant.current())
      expect(error.code).toBe('FORBIDDEN')
      expect(error.cause).toMatchObject({ code: 'TENANT_SUSPENDED' })
    }
    const ownerError = await errorOf((await onAlpha(a.ownerUserId)).staff.clients.list({}))
    expect(ownerError.cause).toMatchObject({ code: 'TENANT_SUSPENDED' })
    const clientError = await errorOf((await onAlpha(a.clientUserId)).client.me())
    expect(clientError.cause).toMatchObject({ code: 'TENANT_SUSPENDED' })
    const bravo = await callerFor(db.app, { host: hostOf(db.data.b.slug) })
    expect((await bravo.tenant.current()).name).toBe('Bravo')

    await (await asOperator()).operator.tenants.reactivate({ tenantId: a.id, reason: 'review closed, all clear' })
    expect((await (await onAlpha()).tenant.current()).name).toBe('Alpha')
    expect((await (await onAlpha(a.clientUserId)).client.me()).email).toBe(`client@${a.slug}.test`)
  })

  it('leaves the trail in the tenant’s own audit log, readable by its owner', async () => {
    const { a } = db.data
    const trail = (await auditOf(db.app, a.id, a.ownerUserId)).filter((row) => row.entityType === 'tenant')
    expect(trail.map((row) => [row.action, row.actorRole, row.actorUserId, row.reason])).toEqual([
      ['tenant.suspended', 'operator', db.data.operatorUserId, 'chargebacks under review'],
      ['tenant.reactivated', 'operator', db.data.operatorUserId, 'review closed, all clear'],
    ])
  })

  it('answers CONFLICT in the caller’s language when there is nothing to change, writing nothing', async () => {
    const { b, suspended } = db.data
    const before = await platformAuditOf(db.app, db.data.operatorUserId)
    const inEnglish = await errorOf(
      (await asOperator('en')).operator.tenants.reactivate({ tenantId: b.id, reason: 'nothing to do' }),
    )
    expect([inEnglish.code, inEnglish.message]).toEqual([
      'CONFLICT',
      'This portal is already active; nothing was changed.',
    ])
    const inFrench = await errorOf(
      (await asOperator('fr')).operator.tenants.suspend({ tenantId: suspended.id, reason: 'nothing to do' }),
    )
    expect([inFrench.code, inFrench.message]).toEqual([
      'CONFLICT',
      'Ce portail est déjà suspendu ; rien n’a été modifié.',
    ])
    expect(await platformAuditOf(db.app, db.data.operatorUserId)).toEqual(before)
  })

  it('answers NOT_FOUND for an unknown tenant and BAD_REQUEST for a missing or blank reason', async () => {
    const operator = await asOperator()
    expect((await errorOf(operator.operator.tenants.suspend({ tenantId: missingId, reason: 'unpaid' }))).code).toBe(
      'NOT_FOUND',
    )
    const blank = await errorOf(operator.operator.tenants.suspend({ tenantId: db.data.b.id, reason: '   ' }))
    expect(blank.code).toBe('BAD_REQUEST')
    expect((await (await onAlpha()).tenant.current()).status).toBe('active')
  })
})
