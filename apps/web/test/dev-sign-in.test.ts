import { handleTrpcRequest } from '@portail/api'
import { createDevAuthHandlers, createDevIdentity } from '@portail/auth/dev'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * The embedded default's sign-in, end to end below HTTP: a code requested on the portal, read from
 * the local mailbox, exchanged for the session cookie, and that cookie alone identifying the caller
 * to tRPC (the same pieces src/server/identity.ts and the /api/auth/dev routes assemble).
 */
const secret = 'dev-sign-in-flow-secret-0123456789abcdef'
const rootDomain = 'portail.test'
const operatorEmail = 'ops@portail.test'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const handlers = () => createDevAuthHandlers({ database: db.app, mailer: createOutboxMailer(db.app), secret })
const identity = () => createDevIdentity({ database: db.app, secret, operators: [operatorEmail] })

const postJson = (url: string, body: unknown, cookie?: string) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  })

async function signIn(email: string): Promise<string> {
  await handlers().requestCode(postJson(`http://${rootDomain}/api/auth/dev/request-code`, { email, locale: 'fr' }))
  const [mail] = await readLocalMailbox(db.app, email, { kind: 'sign-in-code', limit: 1 })
  const code = mail?.subject.match(/\d{6}/)?.[0] ?? ''
  const verified = await handlers().verifyCode(
    postJson(`http://${rootDomain}/api/auth/dev/verify-code`, { email, code }),
  )
  expect(verified.status).toBe(200)
  const cookie = verified.headers.get('set-cookie') ?? ''
  return cookie.split(';')[0] ?? ''
}

async function trpc(path: string, host: string, cookie?: string) {
  const response = await handleTrpcRequest(
    new Request(`http://${host}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`, {
      headers: { host, ...(cookie ? { cookie } : {}) },
    }),
    { database: db.app, identity: identity(), rootDomain },
  )
  return { status: response.status, body: (await response.json()) as { result?: { data: { json: unknown } } } }
}

describe('dev sign-in through to tRPC', () => {
  it('turns an emailed code into a session that the API recognises, until sign-out', async () => {
    expect((await trpc('operator.tenants.list', rootDomain)).status).toBe(401)
    const cookie = await signIn(operatorEmail)
    const listed = await trpc('operator.tenants.list', rootDomain, cookie)
    expect(listed.status).toBe(200)
    expect(JSON.stringify(listed.body)).toContain('alpha-pools')

    await handlers().signOut(postJson(`http://${rootDomain}/api/auth/dev/sign-out`, {}, cookie))
    expect((await trpc('operator.tenants.list', rootDomain, cookie)).status).toBe(401)
  })

  it('gives a freshly signed-in stranger no staff or client rights in a business', async () => {
    const cookie = await signIn('stranger@example.test')
    const host = `alpha-pools.${rootDomain}`
    expect((await trpc('staff.clients.list', host, cookie)).status).toBe(403)
    expect((await trpc('client.me', host, cookie)).status).toBe(403)
    expect((await trpc('operator.tenants.list', rootDomain, cookie)).status).toBe(403)
  })
})
