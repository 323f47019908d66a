import { handleTrpcRequest, trpcEndpoint, trpcProcedureCount } from '@portail/api'
import type { IdentityResolver } from '@portail/auth'
import { createDevAuthHandlers, createDevIdentity } from '@portail/auth/dev'
import { clientAddress, createRateLimits, type RateLimits } from '@portail/auth/rate-limit'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { limitAnonymousTrpc, resolveOnce } from '../src/server/trpc-rate-limit'

/*
 * The tRPC endpoint's limit on anonymous visitors, assembled as the route does (resolve the caller,
 * count anonymous calls per address, then tRPC), over the database buckets: 120 a minute per
 * address, and a signed-in caller at the same address is not held by that bucket.
 */
const secret = 'trpc-rate-limit-secret-0123456789abcdef'
const rootDomain = 'portail.test'

let db: TestDatabase<TwoTenantFixture>
let limits: RateLimits
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
  limits = createRateLimits({ kind: 'postgres', database: db.app })
})
afterAll(async () => db.close())

const host = `alpha-pools.${rootDomain}`

/** One GET of `count` tenant.current calls, batched as the browser's link batches them. */
function batch(address: string, count: number) {
  const paths = Array.from({ length: count }, () => 'tenant.current').join(',')
  const input = encodeURIComponent(
    JSON.stringify(Object.fromEntries(paths.split(',').map((_, i) => [i, { json: {} }]))),
  )
  return new Request(`http://${host}/api/trpc/${paths}?batch=1&input=${input}`, {
    headers: { host, 'x-forwarded-for': address },
  })
}

function get(address: string, cookie?: string) {
  const input = encodeURIComponent(JSON.stringify({ json: {} }))
  return new Request(`http://${host}/api/trpc/tenant.current?input=${input}`, {
    headers: { host, 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
  })
}

async function route(request: Request, resolver?: IdentityResolver) {
  const identity = resolveOnce(resolver ?? createDevIdentity({ database: db.app, secret, operators: [] }))
  const limited = await limitAnonymousTrpc(
    request,
    identity,
    limits.publicTrpcPerIp,
    clientAddress(request, { trustedProxies: 1, peer: null }),
    { cost: trpcProcedureCount(request, trpcEndpoint) },
  )
  return limited ?? handleTrpcRequest(request, { database: db.app, identity, rootDomain })
}

async function signIn(email: string): Promise<string> {
  const handlers = createDevAuthHandlers({ database: db.app, mailer: createOutboxMailer(db.app), secret })
  const post = (path: string, body: unknown) =>
    new Request(`http://${rootDomain}/api/auth/dev/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  await handlers.requestCode(post('request-code', { email }))
  const [mail] = await readLocalMailbox(db.app, email, { kind: 'sign-in-code', limit: 1 })
  const verified = await handlers.verifyCode(
    post('verify-code', { email, code: mail?.subject.match(/\d{6}/)?.[0] ?? '' }),
  )
  return (verified.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

describe('anonymous tRPC calls', () => {
  it('answer 429 in tRPC’s envelope with Retry-After past 120 a minute from one address, and not for another', async () => {
    const statuses = []
    for (let i = 0; i < 120; i++) statuses.push((await route(get('203.0.113.30'))).status)
    expect(statuses.every((status) => status === 200)).toBe(true)
    const refused = await route(get('203.0.113.30'))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toMatchObject({
      error: { json: { data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, appCode: 'RATE_LIMITED' } } },
    })
    expect((await route(get('203.0.113.31'))).status).toBe(200)
  })

  it('count each procedure of a batch: 40 batches of 3 spend the minute’s 120 calls', async () => {
    for (let i = 0; i < 40; i++) expect((await route(batch('203.0.113.50', 3))).status).toBe(200)
    expect((await route(get('203.0.113.50'))).status).toBe(429)
  })

  it('do not hold back a signed-in caller at the same address, which is resolved only once', async () => {
    for (let i = 0; i < 121; i++) await route(get('203.0.113.40'))
    expect((await route(get('203.0.113.40'))).status).toBe(429)
    const cookie = await signIn('visitor@example.test')
    const dev = createDevIdentity({ database: db.app, secret, operators: [] })
    let resolutions = 0
    const counted: IdentityResolver = (headers) => {
      resolutions++
      return dev(headers)
    }
    expect((await route(get('203.0.113.40', cookie), counted)).status).toBe(200)
    expect(resolutions).toBe(1)
  })
})
