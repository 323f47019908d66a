import { users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevAuthHandlers, type DevAuthHandlers } from '../src/dev'
import { clientAddress, createRateLimits } from '../src/rate-limit'

/*
 * The dev adapter's endpoints under the sign-in limits (Postgres store): 5 codes per email and 20
 * per address a quarter hour, 10 verifications per address; a limited known email answers exactly
 * like a limited unknown one.
 */
const secret = 'rate-limited-test-secret-0123456789abcdef'

let db: TestDatabase<null>
let handlers: DevAuthHandlers
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    await admin.db
      .insert(users)
      .values({ externalId: 'dev:known@example.test', email: 'known@example.test', name: 'Known' })
    return null
  })
  handlers = createDevAuthHandlers({
    database: db.app,
    mailer: createOutboxMailer(db.app),
    secret,
    rateLimits: createRateLimits({ kind: 'postgres', database: db.app }),
    clientAddress: (request) => clientAddress(request, { trustedProxies: 1, peer: null }),
  })
})
afterAll(async () => db.close())

const post = (body: unknown, address: string, headers: Record<string, string> = {}) =>
  new Request('http://alpha.portail.test/api/auth/dev/request-code', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers },
    body: JSON.stringify(body),
  })

async function requestCodes(email: string, times: number, address: string) {
  const statuses = []
  for (let i = 0; i < times; i++) statuses.push((await handlers.requestCode(post({ email }, address))).status)
  return statuses
}

const answer = async (response: Response) => ({
  status: response.status,
  retryAfter: Number(response.headers.get('retry-after')),
  body: (await response.json()) as { error: { code: string; message: string; retryAfterSeconds: number } },
})

describe('sign-in code requests', () => {
  it('refuses the 6th code for one email with 429 and Retry-After, in the asked language; other emails go on', async () => {
    expect(await requestCodes('ana@example.test', 5, '198.51.100.1')).toEqual([202, 202, 202, 202, 202])
    const sixth = await answer(
      await handlers.requestCode(post({ email: 'ANA@example.test' }, '198.51.100.2', { 'accept-language': 'en' })),
    )
    expect(sixth.status).toBe(429)
    expect(sixth.retryAfter).toBeGreaterThan(890)
    expect(sixth.body.error).toMatchObject({
      code: 'rate-limited',
      message: 'Too many requests: try again in a few minutes.',
    })
    expect(await readLocalMailbox(db.app, 'ana@example.test', { kind: 'sign-in-code', limit: 10 })).toHaveLength(5)
    expect(await requestCodes('bea@example.test', 1, '198.51.100.2')).toEqual([202])
  })

  it('answers a limited known email exactly like a limited unknown one', async () => {
    await requestCodes('known@example.test', 5, '198.51.100.3')
    await requestCodes('nobody@example.test', 5, '198.51.100.4')
    const known = await answer(await handlers.requestCode(post({ email: 'known@example.test' }, '198.51.100.5')))
    const unknown = await answer(await handlers.requestCode(post({ email: 'nobody@example.test' }, '198.51.100.6')))
    expect(known.status).toBe(429)
    expect({ ...unknown.body.error, retryAfterSeconds: 0 }).toEqual({ ...known.body.error, retryAfterSeconds: 0 })
    expect(Math.abs(known.retryAfter - unknown.retryAfter)).toBeLessThanOrEqual(1)
    expect(unknown.body.error.message).toBe('Trop de demandes : réessayez dans quelques minutes.')
  })

  it('refuses the 21st code from one address, whatever the email, and not another address', async () => {
    const statuses = []
    for (let i = 0; i < 21; i++) {
      statuses.push((await handlers.requestCode(post({ email: `p${i}@example.test` }, '203.0.113.10'))).status)
    }
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true)
    expect(statuses[20]).toBe(429)
    expect(await requestCodes('p20@example.test', 1, '203.0.113.11')).toEqual([202])
  })
})

describe('sign-in code verifications', () => {
  it('refuses the 11th verification from one address', async () => {
    const verify = (address: string) =>
      handlers.verifyCode(
        new Request('http://alpha.portail.test/api/auth/dev/verify-code', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ email: 'zoe@example.test', code: '000000' }),
        }),
      )
    const statuses = []
    for (let i = 0; i < 11; i++) statuses.push((await verify('203.0.113.20')).status)
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
    expect((await verify('203.0.113.21')).status).toBe(401)
  })
})
