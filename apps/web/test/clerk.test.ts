import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLocalClerk,
  extraOrigin,
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
// The page a browser would have asked Clerk for its token from (the session token's azp).
const originOf = (host: string) => `http://${host}`
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
    const azp = originOf(shopHost())
    const token = clerk.sign(sessionClaims({ sub: 'user_owner', azp, orgId: 'org_shop', role: 'admin' }))
    const viaHeader = await trpc(shopHost(), 'staff.team.list', bearer(token))
    expect(viaHeader.status).toBe(200)
    expect(viaHeader.body).toContain('owner@clerk-shop.test')
    const claims = sessionClaims({ sub: 'user_owner', azp, orgId: 'org_shop', role: 'admin' })
    const cookie = `__session=${clerk.sign(claims)}; __client_uat=${String(claims.iat)}; __clerk_db_jwt=dvb_local`
    expect((await trpc(shopHost(), 'staff.team.list', { cookie })).status).toBe(200)
  })

  it('lets a Clerk user join a portal as a client and reach client.me', async () => {
    const host = `${data.fixture.a.slug}.${server.rootDomain}`
    const token = clerk.sign(sessionClaims({ sub: 'user_client', azp: originOf(host) }))
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
    const token = clerk.sign(sessionClaims({ sub: 'user_op', azp: originOf(server.rootDomain) }))
    const listed = await trpc(server.rootDomain, 'operator.tenants.list', bearer(token))
    expect(listed.status).toBe(200)
    expect(listed.body).toContain('clerk-shop')
  })

  it('refuses expired, foreign-key and wrong-party tokens', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600
    const owner = { sub: 'user_owner', orgId: 'org_shop' }
    const refused = [
      clerk.sign(sessionClaims({ ...owner, azp: originOf(shopHost()), now: past })),
      clerk.signWithOtherKey(sessionClaims({ ...owner, azp: originOf(shopHost()) })),
      clerk.sign(sessionClaims({ ...owner, azp: 'https://evil.example' })),
    ]
    for (const token of refused) {
      expect((await trpc(shopHost(), 'staff.team.list', bearer(token))).status).toBe(401)
    }
    expect((await trpc(shopHost(), 'staff.team.list')).status).toBe(401)
  })

  it("binds a token to the portal that asked for it: another business's portal or the platform site refuse it", async () => {
    // The same member, in the same organization: only where the token was minted differs.
    const owner = { sub: 'user_owner', orgId: 'org_shop', role: 'admin' }
    const otherPortal = `${data.fixture.a.slug}.${server.rootDomain}`
    for (const azp of [originOf(otherPortal), originOf(server.rootDomain), `https://${shopHost()}`]) {
      const token = clerk.sign(sessionClaims({ ...owner, azp }))
      expect((await trpc(shopHost(), 'staff.team.list', bearer(token))).status, azp).toBe(401)
    }
    const fromOtherPortal = clerk.sign(sessionClaims({ sub: 'user_op', azp: originOf(otherPortal) }))
    expect((await trpc(server.rootDomain, 'operator.tenants.list', bearer(fromOtherPortal))).status).toBe(401)
    // A host that is not ours signs nobody in, whatever the token (Clerk gets no empty list): an
    // operator signed in there would be told 403 (platform site only), nobody is told 401.
    const foreign = clerk.sign(sessionClaims({ sub: 'user_op', azp: originOf('portail.evil.test') }))
    expect((await trpc('portail.evil.test', 'operator.tenants.list', bearer(foreign))).status).toBe(401)
  })

  it('accepts a token minted on an extra configured origin (CLERK_AUTHORIZED_PARTIES)', async () => {
    const token = clerk.sign(sessionClaims({ sub: 'user_owner', azp: extraOrigin, orgId: 'org_shop', role: 'admin' }))
    const team = await trpc(shopHost(), 'staff.team.list', bearer(token))
    expect(team.status).toBe(200)
    expect(team.body).toContain('owner@clerk-shop.test')
  })
})

describe('starting a business under Clerk', () => {
  it('creates the Clerk organization with the founder as creator, and its webhook adds no second business', async () => {
    const token = clerk.sign(sessionClaims({ sub: 'user_founder', azp: originOf(server.rootDomain) }))
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
      bearer(
        clerk.sign(
          sessionClaims({
            sub: 'user_founder',
            azp: originOf(`fred-paysages.${server.rootDomain}`),
            orgId: String(organization?.id),
          }),
        ),
      ),
    )
    expect(team.status).toBe(200)
    expect(team.body).toContain('founder@example.test')
    expect(team.body).toContain('owner')
    expect(team.body.match(/founder@example\.test/g)).toHaveLength(1)
  })
})

describe('starting a business under Clerk while its webhooks race the commit', () => {
  it('ends with the business as started, when Clerk delivers its webhooks before answering the creation', async () => {
    api.users.set('user_racer', { email: 'racer@example.test', firstName: 'Rita' })
    const applied: unknown[] = []
    api.beforeAnsweringCreation = async (organization) => {
      const created = JSON.stringify({
        type: 'organization.created',
        object: 'event',
        timestamp: Date.now(),
        data: organization,
      })
      const membership = JSON.stringify({
        type: 'organizationMembership.created',
        object: 'event',
        timestamp: Date.now(),
        data: {
          object: 'organization_membership',
          id: 'orgmem_race',
          role: 'org:admin',
          organization,
          public_user_data: { user_id: 'user_racer', first_name: 'Rita', last_name: null },
          created_at: organization.created_at,
          updated_at: organization.updated_at,
        },
      })
      for (const [id, body] of [
        ['msg_race_org', created],
        ['msg_race_member', membership],
      ] as const) {
        const delivered = await postWebhook(body, webhookHeaders(clerk.webhookSecret, id, body))
        applied.push(JSON.parse(delivered.body))
      }
    }
    try {
      const token = clerk.sign(sessionClaims({ sub: 'user_racer', azp: originOf(server.rootDomain) }))
      const body = JSON.stringify({
        json: {
          name: 'Rita Ménage',
          trade: 'cleaning',
          slug: 'rita-menage',
          timeZone: 'America/Halifax',
          defaultLocale: 'en',
        },
      })
      const created = await httpRequest(server.port, {
        host: server.rootDomain,
        path: '/api/trpc/onboarding.createBusiness',
        method: 'POST',
        body,
        headers: { ...bearer(token), origin: `http://${server.rootDomain}` },
      })
      expect(applied).toEqual([{ outcome: 'applied' }, { outcome: 'applied' }])
      expect(created.status).toBe(200)
    } finally {
      api.beforeAnsweringCreation = null
    }
    const organization = api.createdOrganizations.find((candidate) => candidate.slug === 'rita-menage')
    // No compensation: the organization stays, and its business is the one started, owned by Rita.
    expect(api.deletedOrganizations).toEqual([])
    const host = `rita-menage.${server.rootDomain}`
    expect((await httpRequest(server.port, { host, path: '/en' })).status).toBe(200)
    const owner = bearer(
      clerk.sign(sessionClaims({ sub: 'user_racer', azp: originOf(host), orgId: String(organization?.id) })),
    )
    const team = await trpc(host, 'staff.team.list', owner)
    expect(team.status).toBe(200)
    expect(team.body.match(/racer@example\.test/g)).toHaveLength(1)
    expect(team.body).toContain('owner')
    const current = await trpc(host, 'tenant.current', owner)
    expect(current.body).toContain('Rita Ménage')
    expect(current.body).toContain('America/Halifax')
  })
})

describe('sign-in and sign-out pages under Clerk', () => {
  const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? []
  const clerkScript = (html: string) =>
    scriptTags(html).find((tag) => tag.includes('src="https://clerk.portail.test/npm/@clerk/clerk-js@'))
  const nonceOf = (policy: unknown) => /'nonce-([^']+)'/.exec(String(policy))?.[1] ?? 'none'

  it("mount Clerk's sign-in on a portal, its script carrying the request's nonce, and come back to `next`", async () => {
    const page = await httpRequest(server.port, {
      host: `${data.fixture.a.slug}.${server.rootDomain}`,
      path: `/en/sign-in?next=${encodeURIComponent('/en/portal/profile')}`,
    })
    expect(page.status).toBe(200)
    const policy = String(page.headers['content-security-policy'])
    expect(clerkScript(page.body)).toContain(`nonce="${nonceOf(policy)}"`)
    expect(page.body).toMatch(/forceRedirectUrl\\?":\\?"\/en\/portal\/profile/)
    // The emailed-code form is not there: its endpoints are off under Clerk.
    expect(page.body).not.toContain('Send me a code')
    expect(policy).toContain("connect-src 'self' https://clerk.portail.test")
    expect(policy).toContain(
      "script-src 'self' 'nonce-" +
        nonceOf(policy) +
        "' 'strict-dynamic' https://clerk.portail.test https://challenges.cloudflare.com",
    )
    expect(policy).toContain("frame-src 'self' https://challenges.cloudflare.com")
    expect(policy).toContain("worker-src 'self' blob:")
  })

  it("speak the reader's language, on the platform site too", async () => {
    const french = await httpRequest(server.port, { host: server.rootDomain, path: '/fr/sign-in' })
    expect(french.status).toBe(200)
    expect(clerkScript(french.body)).toBeDefined()
    expect(french.body).toContain('pour continuer vers')
    const english = await httpRequest(server.port, { host: server.rootDomain, path: '/en/sign-in' })
    expect(english.body).toContain('to continue to')
    expect(english.body).not.toContain('pour continuer vers')
  })

  it('sign out through Clerk on a page of its own, and keep Clerk off the other pages', async () => {
    const host = `${data.fixture.a.slug}.${server.rootDomain}`
    const signOut = await httpRequest(server.port, { host, path: '/fr/sign-out' })
    expect(signOut.status).toBe(200)
    expect(clerkScript(signOut.body)).toContain(`nonce="${nonceOf(signOut.headers['content-security-policy'])}"`)
    expect(signOut.body).toContain('Déconnexion…')
    const home = await httpRequest(server.port, { host, path: '/en' })
    expect(home.status).toBe(200)
    expect(clerkScript(home.body)).toBeUndefined()
    // The page that mounts Clerk does ship its bundle (what the dev sign-in page must not, see security.test.ts).
    const signIn = await httpRequest(server.port, { host, path: '/en/sign-in' })
    const scripts = [...new Set(signIn.body.match(/\/_next\/static\/chunks\/[^"]+\.js/g) ?? [])]
    const bodies = await Promise.all(scripts.map((path) => httpRequest(server.port, { host, path })))
    expect(bodies.some((script) => script.body.includes('clerk-js'))).toBe(true)
  })
})
