import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLocalClerk,
  type FakeClerkApi,
  type LocalClerk,
  sessionClaims,
  startFakeClerkApi,
  webhookHeaders,
} from './support/clerk-fakes'
import { httpRequest } from './support/http-request'
import { assertBuilt, type RunningServer, startServer } from './support/next-server'
import { prepareServerData, type ServerData } from './support/test-data'

/*
 * The one production build started with Clerk keys (a local key pair, a publishable key whose
 * frontend API is never reached, the Backend API on a local server): sessions go through the real
 * clerkMiddleware and auth(), then Portail's database-backed lookup; Clerk's webhooks through
 * POST /api/webhooks/clerk.
 */

let clerk: LocalClerk
let api: FakeClerkApi
let data: ServerData
let server: RunningServer
// What beforeAll started, stopped in reverse order (only what did start, if it stopped early).
const cleanups: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  assertBuilt()
  clerk = createLocalClerk()
  api = await startFakeClerkApi()
  cleanups.push(() => api.close())
  api.users.set('user_owner', { email: 'owner@clerk-shop.test', firstName: 'Olive' })
  api.users.set('user_op', { email: 'op@portail.test', firstName: 'Opal', operator: true })
  api.users.set('user_founder', { email: 'founder@example.test', firstName: 'Fred' })
  api.users.set('user_client', { email: 'client@example.test', firstName: 'Chloé' })
  data = await prepareServerData()
  cleanups.push(() => data.cleanup())
  server = await startServer({ ...data.config, ...clerk.env(api.url) })
  cleanups.push(() => server.stop())
})
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

const shopHost = () => `clerk-shop.${server.rootDomain}`
const trpc = (host: string, procedure: string, headers: Record<string, string> = {}) =>
  httpRequest(server.port, {
    host,
    path: `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
    headers,
  })
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

const shop = {
  id: 'org_shop',
  name: 'Clerk Shop',
  slug: 'clerk-shop',
  created_by: 'user_owner',
  updated_at: Date.parse('2026-11-01T00:00:00Z'),
}
const membershipCreated = JSON.stringify({
  type: 'organizationMembership.created',
  object: 'event',
  timestamp: Date.now(),
  data: {
    object: 'organization_membership',
    id: 'orgmem_1',
    role: 'org:admin',
    organization: shop,
    public_user_data: { user_id: 'user_owner', first_name: 'Olive', last_name: null },
    created_at: shop.updated_at,
    updated_at: shop.updated_at,
  },
})
const postWebhook = (body: string, headers: Record<string, string>) =>
  httpRequest(server.port, { host: server.rootDomain, path: '/api/webhooks/clerk', method: 'POST', body, headers })

describe('Clerk webhooks over HTTP', () => {
  it('applies a signed delivery once, refuses a tampered one, and answers a replay without applying it again', async () => {
    const headers = webhookHeaders(clerk.webhookSecret, 'msg_http_1', membershipCreated)
    const tampered = await postWebhook(membershipCreated.replace('org:admin', 'org:owner'), headers)
    expect(tampered.status).toBe(400)
    const applied = await postWebhook(membershipCreated, headers)
    expect({ status: applied.status, body: JSON.parse(applied.body) as unknown }).toEqual({
      status: 200,
      body: { outcome: 'applied' },
    })
    const replay = await postWebhook(membershipCreated, headers)
    expect({ status: replay.status, body: JSON.parse(replay.body) as unknown }).toEqual({
      status: 200,
      body: { outcome: 'duplicate' },
    })
    // The business exists at the organization's slug; a second delivery would not make another.
    const home = await httpRequest(server.port, { host: shopHost(), path: '/en' })
    expect(home.status).toBe(200)
  })
})

describe('Clerk sessions through clerkMiddleware and auth()', () => {
  it('lets a valid v2 token, as a Bearer header or the __session cookie, reach staff procedures', async () => {
    const token = clerk.sign(sessionClaims({ sub: 'user_owner', orgId: 'org_shop', role: 'admin' }))
    const viaHeader = await trpc(shopHost(), 'staff.team.list', bearer(token))
    expect(viaHeader.status).toBe(200)
    expect(viaHeader.body).toContain('owner@clerk-shop.test')
    const claims = sessionClaims({ sub: 'user_owner', orgId: 'org_shop', role: 'admin' })
    const cookie = `__session=${clerk.sign(claims)}; __client_uat=${String(claims.iat)}; __clerk_db_jwt=dvb_local`
    expect((await trpc(shopHost(), 'staff.team.list', { cookie })).status).toBe(200)
  })

  it('lets a Clerk user join a portal as a client and reach client.me', async () => {
    const host = `${data.fixture.a.slug}.${server.rootDomain}`
    const token = clerk.sign(sessionClaims({ sub: 'user_client' }))
    expect((await trpc(host, 'client.me', bearer(token))).status).toBe(403)
    const joined = await httpRequest(server.port, {
      host,
      path: '/api/trpc/portal.join',
      method: 'POST',
      body: JSON.stringify({ json: { acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' } }),
      headers: { ...bearer(token), origin: `http://${host}` },
    })
    expect(joined.status).toBe(200)
    const me = await trpc(host, 'client.me', bearer(token))
    expect(me.status).toBe(200)
    expect(me.body).toContain('client@example.test')
  })

  it('makes a Clerk operator (public metadata) a platform operator', async () => {
    const token = clerk.sign(sessionClaims({ sub: 'user_op' }))
    const listed = await trpc(server.rootDomain, 'operator.tenants.list', bearer(token))
    expect(listed.status).toBe(200)
    expect(listed.body).toContain('clerk-shop')
  })

  it('refuses expired, foreign-key and wrong-party tokens', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600
    const refused = [
      clerk.sign(sessionClaims({ sub: 'user_owner', orgId: 'org_shop', now: past })),
      clerk.signWithOtherKey(sessionClaims({ sub: 'user_owner', orgId: 'org_shop' })),
      clerk.sign({ ...sessionClaims({ sub: 'user_owner', orgId: 'org_shop' }), azp: 'https://evil.example' }),
    ]
    for (const token of refused) {
      expect((await trpc(shopHost(), 'staff.team.list', bearer(token))).status).toBe(401)
    }
    expect((await trpc(shopHost(), 'staff.team.list')).status).toBe(401)
  })
})

describe('starting a business under Clerk', () => {
  it('creates the Clerk organization with the founder as creator, and its webhook adds no second business', async () => {
    const token = clerk.sign(sessionClaims({ sub: 'user_founder' }))
    const body = JSON.stringify({
      json: {
        name: 'Fred Paysages',
        trade: 'landscaping',
        slug: 'fred-paysages',
        timeZone: 'America/Toronto',
        defaultLocale: 'fr',
      },
    })
    const created = await httpRequest(server.port, {
      host: server.rootDomain,
      path: '/api/trpc/onboarding.createBusiness',
      method: 'POST',
      body,
      headers: { ...bearer(token), origin: `http://${server.rootDomain}` },
    })
    expect(created.status).toBe(200)
    const [organization] = api.createdOrganizations
    expect(organization).toMatchObject({ name: 'Fred Paysages', slug: 'fred-paysages', created_by: 'user_founder' })
    const event = JSON.stringify({
      type: 'organization.created',
      object: 'event',
      timestamp: Date.now(),
      data: organization,
    })
    const delivered = await postWebhook(event, webhookHeaders(clerk.webhookSecret, 'msg_http_org', event))
    expect(JSON.parse(delivered.body)).toEqual({ outcome: 'applied' })
    const team = await trpc(
      `fred-paysages.${server.rootDomain}`,
      'staff.team.list',
      bearer(clerk.sign(sessionClaims({ sub: 'user_founder', orgId: String(organization?.id) }))),
    )
    expect(team.status).toBe(200)
    expect(team.body).toContain('founder@example.test')
    expect(team.body).toContain('owner')
    expect(team.body.match(/founder@example\.test/g)).toHaveLength(1)
  })
})
