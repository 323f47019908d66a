import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { describe, expect, it } from 'vitest'
import { type HttpResponse, httpRequest } from './support/http-request'
import type { RunningServer } from './support/next-server'
import { serveBuiltApp } from './support/serve-built-app'
import type { ServerData } from './support/test-data'

let data: ServerData
let server: RunningServer

const tenantHost = (slug: string) => `${slug}.${server.rootDomain}`
const originOf = (host: string) => `http://${host}`
const get = (host: string, path: string, headers: Record<string, string> = {}) =>
  httpRequest(server.port, { host, path, headers })
const post = (host: string, path: string, body: string, headers: Record<string, string>) =>
  httpRequest(server.port, { host, path, method: 'POST', body, headers })

const staffOfAlpha = () => testIdentityHeadersFor({ userId: data.fixture.a.staffUserId })
const createClient = (fullName: string) => JSON.stringify({ json: { fullName } })
/** Names of Alpha's clients, read back through a query as Alpha's staff. */
async function alphaClientList(): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ json: {} }))
  const list = await get(tenantHost(data.fixture.a.slug), `/api/trpc/staff.clients.list?input=${input}`, staffOfAlpha())
  expect(list.status).toBe(200)
  return list.body
}

const expectSecurityHeaders = (response: HttpResponse) => {
  const policy = String(response.headers['content-security-policy'])
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/)
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) {
    expect(policy).toContain(directive)
  }
  expect(policy).not.toContain('unsafe-eval')
  // Without Clerk keys, no Clerk (or Turnstile) source is allowed anywhere.
  expect(policy).not.toMatch(/clerk|cloudflare|blob:/)
  expect(response.headers).toMatchObject({
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cross-origin-opener-policy': 'same-origin',
  })
}

const nonceOf = (response: HttpResponse) =>
  /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1]

serveBuiltApp((prepared, running) => {
  data = prepared
  server = running
})

describe('security headers', () => {
  it('are on pages, API answers, refusal pages and 404s alike', async () => {
    const responses = {
      landing: await get(server.rootDomain, '/fr'),
      localeRedirect: await get(server.rootDomain, '/'),
      portal: await get(tenantHost(data.fixture.a.slug), '/fr'),
      health: await get(server.rootDomain, '/api/health'),
      trpc: await get(tenantHost(data.fixture.a.slug), '/api/trpc/tenant.current'),
      suspended: await get(tenantHost(data.fixture.suspended.slug), '/'),
      unknownTenant: await get(tenantHost('nobody-here'), '/'),
      missingPage: await get(server.rootDomain, '/fr/no-such-page'),
    }
    expect(responses.localeRedirect.status).toBe(307)
    expect(responses.suspended.status).toBe(403)
    expect(responses.unknownTenant.status).toBe(404)
    expect(responses.missingPage.status).toBe(404)
    for (const [name, response] of Object.entries(responses)) {
      expect.soft(() => expectSecurityHeaders(response), name).not.toThrow()
    }
  })

  it('give every page a fresh nonce, carried by each of its script tags', async () => {
    for (const [host, path] of [
      [server.rootDomain, '/fr'],
      [tenantHost(data.fixture.a.slug), '/en'],
      [tenantHost(data.fixture.a.slug), '/fr/sign-in'],
      [server.rootDomain, '/fr/no-such-page'],
    ] as const) {
      const first = await get(host, path)
      const second = await get(host, path)
      const nonce = nonceOf(first)
      expect(nonce).toBeDefined()
      expect(nonceOf(second)).not.toBe(nonce)
      const scripts = first.body.match(/<script\b[^>]*>/g) ?? []
      expect(scripts.length, `${host}${path}`).toBeGreaterThan(0)
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    }
  })

  it('keep pages, portal content and every tRPC answer out of shared caches', async () => {
    const cacheControl = (response: HttpResponse) => String(response.headers['cache-control'])
    const portal = await get(tenantHost(data.fixture.a.slug), '/fr')
    expect(cacheControl(portal)).toMatch(/private/)
    expect(cacheControl(portal)).toMatch(/no-store/)
    const signedIn = await get(server.rootDomain, '/fr', staffOfAlpha())
    expect(cacheControl(signedIn)).toMatch(/private.*no-store|no-store.*private/)
    const publicQuery = await get(tenantHost(data.fixture.a.slug), '/api/trpc/tenant.current')
    expect(cacheControl(publicQuery)).toBe('private, no-store')
    const input = encodeURIComponent(JSON.stringify({ json: { id: data.fixture.a.clientId } }))
    const staffQuery = await get(
      tenantHost(data.fixture.a.slug),
      `/api/trpc/staff.clients.get?input=${input}`,
      staffOfAlpha(),
    )
    expect(staffQuery.status).toBe(200)
    expect(cacheControl(staffQuery)).toBe('private, no-store')
  })

  it('leave build assets immutable, with nosniff', async () => {
    const landing = await get(server.rootDomain, '/fr')
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(landing.body)?.[1]
    expect(asset).toBeDefined()
    const response = await get(server.rootDomain, String(asset))
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })
})

describe('sign-in without Clerk keys', () => {
  it('shows the emailed-code form and loads nothing from Clerk; there is no Clerk sign-out page', async () => {
    for (const host of [server.rootDomain, tenantHost(data.fixture.a.slug)]) {
      const page = await get(host, '/en/sign-in')
      expect(page.status).toBe(200)
      expectSecurityHeaders(page)
      expect(page.body).toContain('Send me a code')
      expect(page.body).not.toContain('clerk')
      // Nor in the scripts it loads: Clerk's sign-in is another page, so its bundle is not shipped here.
      const scripts = [...new Set(page.body.match(/\/_next\/static\/chunks\/[^"]+\.js/g) ?? [])]
      expect(scripts.length).toBeGreaterThan(0)
      for (const script of scripts) expect((await get(host, script)).body).not.toContain('clerk-js')
      expect((await get(host, '/en/sign-out')).status).toBe(404)
      expect((await get(host, '/en/clerk-sign-in')).status).toBe(404)
    }
  })
})

describe('tRPC mutations from elsewhere', () => {
  const path = '/api/trpc/staff.clients.create'

  it('are refused with 403 in both languages when the Origin is foreign, missing or a sibling tenant', async () => {
    const alpha = tenantHost(data.fixture.a.slug)
    const origins: Record<string, Record<string, string>> = {
      foreign: { origin: 'https://evil.example' },
      missing: {},
      siblingTenant: { origin: originOf(tenantHost(data.fixture.b.slug)) },
      rootDomain: { origin: originOf(server.rootDomain) },
    }
    for (const [name, origin] of Object.entries(origins)) {
      const response = await post(alpha, path, createClient(`Forged ${name}`), { ...staffOfAlpha(), ...origin })
      expect(response.status, name).toBe(403)
      expect(response.headers['content-type']).toMatch(/^application\/json/)
      const body = JSON.parse(response.body) as { error: { json: { message: string; data: { appCode: string } } } }
      expect(body.error.json.data.appCode).toBe('CROSS_ORIGIN_REFUSED')
      expect(body.error.json.message).toMatch(/Requête refusée.*Request refused/)
      expectSecurityHeaders(response)
    }
    expect(await alphaClientList()).not.toContain('Forged')
  })

  it('are refused with 415 when the body is what a plain form posts', async () => {
    const alpha = tenantHost(data.fixture.a.slug)
    // On its own, tRPC answers text/plain and urlencoded with an English-only 415, but parses
    // multipart (which a plain form can post) as FormData input.
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(alpha, path, createClient(`Form ${contentType}`), {
        ...staffOfAlpha(),
        origin: originOf(alpha),
        'content-type': contentType,
      })
      expect(response.status, contentType).toBe(415)
      expect(response.body).toMatch(/Requête refusée.*application\/json.*Request refused/)
    }
    expect(await alphaClientList()).not.toContain('Form ')
  })

  it('are refused over GET, whatever the Origin', async () => {
    const alpha = tenantHost(data.fixture.a.slug)
    const input = encodeURIComponent(createClient('Over GET'))
    const response = await get(alpha, `${path}?input=${input}`, { ...staffOfAlpha(), origin: originOf(alpha) })
    expect(response.status).toBe(405)
    expect(await alphaClientList()).not.toContain('Over GET')
  })

  it('still run when they come from the portal itself as JSON', async () => {
    const alpha = tenantHost(data.fixture.a.slug)
    const response = await post(alpha, path, createClient('Same Origin Client'), {
      ...staffOfAlpha(),
      origin: originOf(alpha),
    })
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toBe('private, no-store')
    expect(await alphaClientList()).toContain('Same Origin Client')
  })
})
