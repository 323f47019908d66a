import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'
import { auditOf, clientsOf, platformAuditOf } from './support/inspect'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const missingId = '0190f5e4-8a3b-7c1d-9e2f-000000000000'
const alpha = () => hostOf(db.data.a.slug)
const asOwnerA = () => callerFor(db.app, { host: alpha(), userId: db.data.a.ownerUserId })
const asClientA = () => callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId })

describe('tenant.current', () => {
  it('shows the portal of the host to an anonymous visitor', async () => {
    const caller = await callerFor(db.app, { host: alpha() })
    expect(await caller.tenant.current()).toMatchObject({ id: db.data.a.id, slug: 'alpha-pools', status: 'active' })
  })

  it('answers NOT_FOUND for an unknown subdomain and for the root domain', async () => {
    expect((await errorOf((await callerFor(db.app, { host: hostOf('nobody-here') })).tenant.current())).code).toBe(
      'NOT_FOUND',
    )
    expect((await errorOf((await callerFor(db.app, { host: rootDomain })).tenant.current())).code).toBe('NOT_FOUND')
  })

  it('refuses a suspended tenant with FORBIDDEN / TENANT_SUSPENDED', async () => {
    const error = await errorOf((await callerFor(db.app, { host: hostOf('closed-shop') })).tenant.current())
    expect(error.code).toBe('FORBIDDEN')
    expect(error.cause).toMatchObject({ code: 'TENANT_SUSPENDED' })
  })
})

describe('client.me / client.updateProfile', () => {
  it('returns the signed-in client its own profile', async () => {
    const me = await (await asClientA()).client.me()
    expect(me).toMatchObject({ id: db.data.a.clientId, email: 'client@alpha-pools.test' })
  })

  it('updates only the own profile, normalised, and audits the field names without values', async () => {
    const caller = await asClientA()
    const updated = await caller.client.updateProfile({ phone: '(438) 555-0199', locale: 'en' })
    expect(updated).toMatchObject({ id: db.data.a.clientId, phone: '+14385550199', locale: 'en' })
    const audit = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    const entry = audit.find((row) => row.action === 'client.profile_updated')
    expect(entry).toMatchObject({
      actorUserId: db.data.a.clientUserId,
      actorRole: 'client',
      clientId: db.data.a.clientId,
    })
    expect(entry?.data).toEqual({ fields: ['locale', 'phone'] })
    expect(JSON.stringify(entry)).not.toContain('4385550199')
  })

  it('refuses staff who are not clients, and visitors who are not signed in', async () => {
    expect((await errorOf((await asOwnerA()).client.me())).code).toBe('FORBIDDEN')
    expect((await errorOf((await callerFor(db.app, { host: alpha() })).client.me())).code).toBe('UNAUTHORIZED')
  })

  it('refuses an email change and unknown keys with BAD_REQUEST', async () => {
    const caller = await asClientA()
    const error = await errorOf(caller.client.updateProfile({ email: 'new@x.test' } as never))
    expect(error.code).toBe('BAD_REQUEST')
  })
})

describe('staff.clients', () => {
  it('lists the tenant clients by name, pages with a cursor and searches name, email and phone', async () => {
    const caller = await asOwnerA()
    const first = await caller.staff.clients.list({ limit: 2 })
    expect(first.items.map((c) => c.fullName)).toEqual(['Client Alpha', 'Other Alpha'])
    expect(first.nextCursor).not.toBeNull()
    const second = await caller.staff.clients.list({ limit: 2, cursor: first.nextCursor ?? undefined })
    expect(second.items.map((c) => c.fullName)).toEqual(['Walk-in Alpha'])
    expect(second.nextCursor).toBeNull()
    expect((await caller.staff.clients.list({ search: 'WALK-IN@' })).items.map((c) => c.id)).toEqual([
      db.data.a.unlinkedClientId,
    ])
    expect((await caller.staff.clients.list({ search: '%' })).items).toEqual([])
    expect((await caller.staff.clients.list({ archived: true })).items).toEqual([])
  })

  it('creates a client, audits it, and refuses a duplicate email with CONFLICT on email', async () => {
    const caller = await asOwnerA()
    const created = await caller.staff.clients.create({
      fullName: 'Marie Tremblay',
      email: 'Marie@Example.com',
      phone: '514 555-0142',
    })
    expect(created).toMatchObject({
      fullName: 'Marie Tremblay',
      email: 'marie@example.com',
      phone: '+15145550142',
      locale: 'fr',
    })
    expect(await caller.staff.clients.get({ id: created.id })).toMatchObject({ id: created.id })
    const audit = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    expect(audit.find((row) => row.action === 'client.created' && row.entityId === created.id)).toMatchObject({
      actorUserId: db.data.a.ownerUserId,
      actorRole: 'owner',
      data: { fields: ['email', 'fullName', 'phone'] },
    })

    const before = await clientsOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    const auditBefore = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    const conflict = await errorOf(
      caller.staff.clients.create({ fullName: 'Someone Else', email: 'marie@example.com' }),
    )
    expect(conflict.code).toBe('CONFLICT')
    expect(conflict.cause).toMatchObject({ field: 'email', messageKey: 'client.emailTaken' })
    expect(await clientsOf(db.app, db.data.a.id, db.data.a.ownerUserId)).toEqual(before)
    expect(await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).toEqual(auditBefore)
  })

  it('updates a client with { id, data } and audits the changed field names', async () => {
    const caller = await asOwnerA()
    const updated = await caller.staff.clients.update({
      id: db.data.a.unlinkedClientId,
      data: { serviceAddress: { line1: '12 rue des Érables', city: 'Laval', province: 'qc', postalCode: 'h7n1a1' } },
    })
    expect(updated.serviceAddress).toEqual({
      line1: '12 rue des Érables',
      city: 'Laval',
      province: 'QC',
      postalCode: 'H7N 1A1',
      country: 'CA',
    })
    const audit = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    expect(
      audit.find((row) => row.action === 'client.updated' && row.entityId === db.data.a.unlinkedClientId)?.data,
    ).toEqual({
      fields: ['serviceAddress'],
    })
  })

  it('rolls back a failed update: the email clash leaves the row and the audit log untouched', async () => {
    const caller = await asOwnerA()
    const before = await clientsOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    const auditBefore = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    const error = await errorOf(
      caller.staff.clients.update({
        id: db.data.a.otherClientId,
        data: { fullName: 'Renamed', email: 'client@alpha-pools.test' },
      }),
    )
    expect(error.code).toBe('CONFLICT')
    expect(await clientsOf(db.app, db.data.a.id, db.data.a.ownerUserId)).toEqual(before)
    expect(await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).toEqual(auditBefore)
  })

  it('answers NOT_FOUND for an unknown id on get and update, writing nothing', async () => {
    const caller = await asOwnerA()
    const auditBefore = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    expect((await errorOf(caller.staff.clients.get({ id: missingId }))).code).toBe('NOT_FOUND')
    expect((await errorOf(caller.staff.clients.update({ id: missingId, data: { fullName: 'Ghost' } }))).code).toBe(
      'NOT_FOUND',
    )
    expect(await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).toEqual(auditBefore)
  })

  it('refuses malformed input with BAD_REQUEST and its schema issues', async () => {
    const caller = await asOwnerA()
    expect((await errorOf(caller.staff.clients.get({ id: 'not-a-uuid' }))).code).toBe('BAD_REQUEST')
    expect((await errorOf(caller.staff.clients.list({ limit: 500 }))).code).toBe('BAD_REQUEST')
    expect((await errorOf(caller.staff.clients.create({ fullName: 'X', phone: 'call me' }))).code).toBe('BAD_REQUEST')
    expect((await errorOf(caller.staff.clients.list({ cursor: 'Zm9v' }))).code).toBe('BAD_REQUEST')
  })

  it('holds staff without clients.write to reading', async () => {
    const staff = await callerFor(db.app, { host: alpha(), userId: db.data.a.staffUserId })
    expect((await staff.staff.clients.list({})).items.length).toBeGreaterThan(0)
  })
})

describe('operator.tenants.list', () => {
  it('lists every tenant to an operator on the root domain, a page at a time', async () => {
    const caller = await callerFor(db.app, { host: rootDomain, userId: db.data.operatorUserId, operator: true })
    const all = await caller.operator.tenants.list({})
    expect(all.items.map((t) => t.slug)).toEqual(['alpha-pools', 'bravo-clinic', 'closed-shop'])
    const first = await caller.operator.tenants.list({ limit: 1 })
    const next = await caller.operator.tenants.list({ limit: 1, cursor: first.nextCursor ?? undefined })
    expect(next.items.map((t) => t.slug)).toEqual(['bravo-clinic'])
    expect((await caller.operator.tenants.list({ search: 'brav' })).items.map((t) => t.slug)).toEqual(['bravo-clinic'])
  })

  it('writes each cross-tenant read to the platform audit log, in the operator’s name', async () => {
    const before = await platformAuditOf(db.app, db.data.operatorUserId)
    const caller = await callerFor(db.app, { host: rootDomain, userId: db.data.operatorUserId, operator: true })
    await caller.operator.tenants.list({ search: 'alpha' })
    const after = await platformAuditOf(db.app, db.data.operatorUserId)
    expect(after.slice(before.length)).toEqual([
      expect.objectContaining({
        actorUserId: db.data.operatorUserId,
        action: 'tenants.listed',
        data: { search: 'alpha', status: null, returned: 1 },
      }),
    ])
  })

  it('refuses non-operators and tenant hosts', async () => {
    const owner = await callerFor(db.app, { host: rootDomain, userId: db.data.a.ownerUserId })
    expect((await errorOf(owner.operator.tenants.list({}))).code).toBe('FORBIDDEN')
    const onTenantHost = await callerFor(db.app, { host: alpha(), userId: db.data.operatorUserId, operator: true })
    expect((await errorOf(onTenantHost.operator.tenants.list({}))).code).toBe('FORBIDDEN')
  })
})

describe('over HTTP', () => {
  const post = async (path: string, body: unknown, headers: Headers) => {
    headers.set('content-type', 'application/json')
    const response = await handleTrpcRequest(
      new Request(`http://${headers.get('host') ?? ''}/api/trpc/${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ json: body }),
      }),
      { database: db.app, identity: createHeaderTestIdentity(), rootDomain },
    )
    return {
      status: response.status,
      body: (await response.json()) as { error: { json: { message: string; data: Record<string, unknown> } } },
    }
  }

  it('answers malformed input with 400, the zod issues and a message in the request language', async () => {
    const headers = requestHeaders({ host: alpha(), userId: db.data.a.ownerUserId, acceptLanguage: 'en-CA,en;q=0.9' })
    const { status, body } = await post('staff.clients.create', { fullName: '', phone: 'call me', extra: 1 }, headers)
    expect(status).toBe(400)
    expect(body.error.json.message).toBe('Some of the information is invalid.')
    expect(body.error.json.data).toMatchObject({
      code: 'BAD_REQUEST',
      appCode: 'BAD_REQUEST',
      messageKey: 'input.invalid',
    })
    const issues = body.error.json.data.zodIssues as { path: unknown[] }[]
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([['fullName'], ['phone']]))
  })

  it('words every field issue in the request language', async () => {
    const input = {
      fullName: '',
      phone: 'call me',
      serviceAddress: { line1: '1 rue Principale', city: 'Laval', province: 'QC', postalCode: '12345' },
    }
    const messagesIn = async (acceptLanguage: string) => {
      const headers = requestHeaders({ host: alpha(), userId: db.data.a.ownerUserId, acceptLanguage })
      const { body } = await post('staff.clients.create', input, headers)
      const issues = body.error.json.data.zodIssues as { path: string[]; message: string }[]
      return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]))
    }
    const fr = await messagesIn('fr-CA')
    const en = await messagesIn('en-CA')
    expect(fr.fullName).toMatch(/^Trop petit/)
    expect(en.fullName).toMatch(/^Too small/)
    expect(fr).toMatchObject({
      phone: 'Numéro de téléphone invalide (ex. : 514 555-0100).',
      'serviceAddress.postalCode': 'Code postal invalide (ex. : H2X 1Y4).',
    })
    expect(en).toMatchObject({
      phone: 'Invalid phone number (e.g. 514 555-0100).',
      'serviceAddress.postalCode': 'Invalid postal code (e.g. H2X 1Y4).',
    })
  })

  it('answers a domain error with its code, app code, field and a French message by default', async () => {
    const headers = requestHeaders({ host: alpha(), userId: db.data.a.ownerUserId })
    const { status, body } = await post(
      'staff.clients.create',
      { fullName: 'Dup', email: 'client@alpha-pools.test' },
      headers,
    )
    expect(status).toBe(409)
    expect(body.error.json.message).toBe('Un autre client utilise déjà ce courriel.')
    expect(body.error.json.data).toMatchObject({ appCode: 'CONFLICT', messageKey: 'client.emailTaken', field: 'email' })
    expect(body.error.json.data).not.toHaveProperty('stack')
  })

  it('answers a suspended tenant with 403 / TENANT_SUSPENDED', async () => {
    const response = await handleTrpcRequest(
      new Request(`http://${hostOf('closed-shop')}/api/trpc/tenant.current`, {
        headers: requestHeaders({ host: hostOf('closed-shop') }),
      }),
      { database: db.app, identity: createHeaderTestIdentity(), rootDomain },
    )
    expect(response.status).toBe(403)
    const body = (await response.json()) as { error: { json: { data: { appCode: string } } } }
    expect(body.error.json.data.appCode).toBe('TENANT_SUSPENDED')
  })
})
