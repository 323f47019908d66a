import { handleTrpcRequest } from '@portail/api'
import { createDevAuthHandlers, createDevIdentity } from '@portail/auth/dev'
import { memberships, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * The step-up flow as the UI meets it, below HTTP: a sensitive mutation answers 403 with appCode
 * SECOND_FACTOR_REQUIRED; the person asks for a code (mailed to the session's address), confirms
 * it, and the same mutation then goes through (the pieces /api/auth/dev/step-up/* and /api/trpc
 * assemble).
 */
const secret = 'step-up-flow-secret-0123456789abcdef'
const rootDomain = 'portail.test'
const ownerEmail = 'dev-owner@alpha-pools.test'
const host = `alpha-pools.${rootDomain}`

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const [owner] = await admin.db
      .insert(users)
      .values({ externalId: `dev:${ownerEmail}`, email: ownerEmail, name: 'Dev Owner' })
      .returning({ id: users.id })
    if (!owner) throw new Error('owner not created')
    await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: owner.id, role: 'owner' })
    return f
  })
})
afterAll(async () => db.close())

const handlers = () => createDevAuthHandlers({ database: db.app, mailer: createOutboxMailer(db.app), secret })
const post = (path: string, body: unknown, cookie?: string) =>
  new Request(`http://${host}/api/auth/dev/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })
const codeIn = async (kind: 'sign-in-code' | 'step-up-code') => {
  const [mail] = await readLocalMailbox(db.app, ownerEmail, { kind, limit: 1 })
  return mail?.subject.match(/\d{6}/)?.[0] ?? ''
}

const deleteClient = async (id: string, cookie: string) => {
  const response = await handleTrpcRequest(
    new Request(`http://${host}/api/trpc/staff.clients.delete`, {
      method: 'POST',
      headers: { host, cookie, 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ json: { id } }),
    }),
    { database: db.app, identity: createDevIdentity({ database: db.app, secret, operators: [] }), rootDomain },
  )
  return { status: response.status, body: JSON.stringify(await response.json()) }
}

describe('confirming a sensitive action with a code', () => {
  it('refuses the deletion with SECOND_FACTOR_REQUIRED, then allows it once the session confirmed a code', async () => {
    await handlers().requestCode(post('request-code', { email: ownerEmail }))
    const signedIn = await handlers().verifyCode(
      post('verify-code', { email: ownerEmail, code: await codeIn('sign-in-code') }),
    )
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

    const refused = await deleteClient(db.data.a.unlinkedClientId, cookie)
    expect(refused.status).toBe(403)
    expect(refused.body).toContain('"appCode":"SECOND_FACTOR_REQUIRED"')
    expect(refused.body).toContain('enter the code we send to your email address')

    const requested = await handlers().stepUpRequestCode(post('step-up/request-code', {}, cookie))
    expect(await requested.json()).toEqual({ status: 'sent', email: ownerEmail, validForMinutes: 10 })
    const confirmed = await handlers().stepUpVerifyCode(
      post('step-up/verify-code', { code: await codeIn('step-up-code') }, cookie),
    )
    expect(confirmed.status).toBe(200)

    const allowed = await deleteClient(db.data.a.unlinkedClientId, cookie)
    expect(allowed.status).toBe(200)
    expect(allowed.body).toContain(db.data.a.unlinkedClientId)
  })
})
