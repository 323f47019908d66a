import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { openAdminPglite } from '@portail/db/admin'
import { describe, expect, it } from 'vitest'
import { httpRequest } from './support/http-request'
import { type RunningServer, startExpectingFailure } from './support/next-server'
import { serveBuiltApp } from './support/serve-built-app'
import type { ServerData } from './support/test-data'

let data: ServerData
let server: RunningServer

const tenantHost = (slug: string) => `${slug}.${server.rootDomain}`
const get = (host: string, path: string, headers?: Record<string, string>) =>
  httpRequest(server.port, { host, path, ...(headers ? { headers } : {}) })

const trpcGet = (host: string, procedure: string, input?: unknown, headers?: Record<string, string>) =>
  get(
    host,
    `/api/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
    headers,
  )

interface TrpcError {
  error: {
    json: { message: string; data: { code: string; httpStatus: number; appCode: string | null; field: string | null } }
  }
}

serveBuiltApp((prepared, running) => {
  data = prepared
  server = running
})

describe('the production server over HTTP', () => {
  it('reports itself healthy with the database it runs on, never cached', async () => {
    const response = await get(server.rootDomain, '/api/health')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ status: 'ok', database: data.driver })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('sends a path without a language to the reader’s, keeping the path and query', async () => {
    const french = await get(server.rootDomain, '/')
    expect(french.status).toBe(307)
    expect(french.headers.location).toBe('/fr')
    expect(french.headers['cache-control']).toBe('private, no-store')
    const english = await get(server.rootDomain, '/some/page?x=1&y=2', { 'accept-language': 'en-CA,en;q=0.9' })
    expect(english.headers.location).toBe('/en/some/page?x=1&y=2')
    // The language chosen before (cookie) wins over the browser's.
    const remembered = await get(server.rootDomain, '/', { 'accept-language': 'en', cookie: 'NEXT_LOCALE=fr' })
    expect(remembered.headers.location).toBe('/fr')
    const portal = await get(tenantHost(data.fixture.a.slug), '/sign-in', { 'accept-language': 'en' })
    expect(portal.status).toBe(307)
    expect(portal.headers.location).toBe('/en/sign-in')
  })

  it('serves the platform landing page in the language of its path, and remembers it', async () => {
    const french = await get(server.rootDomain, '/fr')
    expect(french.status).toBe(200)
    expect(french.body).toMatch(/<html lang="fr"/)
    expect(french.body).toContain('Le portail client des entreprises de services')
    expect(french.headers['x-powered-by']).toBeUndefined()
    expect(String(french.headers['set-cookie'])).toMatch(/NEXT_LOCALE=fr; Path=\/;/)
    const english = await get(server.rootDomain, '/en', { cookie: 'NEXT_LOCALE=fr' })
    expect(english.body).toMatch(/<html lang="en"/)
    expect(english.body).toContain('The client portal for service businesses')
    expect(english.body).not.toContain('Le portail client des entreprises de services')
    expect(String(english.headers['set-cookie'])).toMatch(/NEXT_LOCALE=en/)
    const already = await get(server.rootDomain, '/en', { cookie: 'NEXT_LOCALE=en' })
    expect(already.headers['set-cookie']).toBeUndefined()
  })

  it('answers an unknown page inside a language with a localized 404', async () => {
    const english = await get(server.rootDomain, '/en/no-such-page')
    expect(english.status).toBe(404)
    expect(english.body).toContain('Page not found')
    const portal = await get(tenantHost(data.fixture.a.slug), '/fr/nothing/here')
    expect(portal.status).toBe(404)
    expect(portal.body).toContain('Page introuvable')
  })

  it("serves a business's portal on its subdomain with its name and trade", async () => {
    const response = await get(tenantHost(data.fixture.a.slug), '/fr')
    expect(response.status).toBe(200)
    expect(response.body).toMatch(/<h1[^>]*>Alpha<\/h1>/)
    expect(response.body).toContain('Entretien de piscines')
    expect(response.body).not.toContain('Bravo')
    const english = await get(tenantHost(data.fixture.a.slug), '/en')
    expect(english.body).toContain('Pool care')
  })

  it('answers an unknown subdomain with a bilingual 404', async () => {
    const response = await get(tenantHost('nobody-here'), '/')
    expect(response.status).toBe(404)
    expect(response.body).toContain('Portail introuvable')
    expect(response.body).toContain('Portal not found')
  })

  it("refuses a suspended business's portal with a bilingual notice, on every path", async () => {
    for (const path of ['/', '/fr', '/en/portal/invoices']) {
      const response = await get(tenantHost(data.fixture.suspended.slug), path)
      expect(response.status).toBe(403)
      expect(response.body).toContain('Closed Shop')
      expect(response.body).toContain('Portail suspendu')
      expect(response.body).toContain('portal is suspended')
      expect(response.headers['cache-control']).toBe('no-store')
    }
  })

  it('answers a foreign host, and the internal tenant tree on the root domain, with 404', async () => {
    expect((await get('portal.evil.example', '/')).status).toBe(404)
    expect((await get(`admin.${server.rootDomain}`, '/')).status).toBe(404)
    for (const path of [`/t/${data.fixture.a.slug}`, `/fr/t/${data.fixture.a.slug}`]) {
      const direct = await get(server.rootDomain, path)
      expect(direct.status).toBe(404)
      expect(direct.body).not.toMatch(/<h1[^>]*>Alpha<\/h1>/)
    }
  })

  it('keeps a portal inside its own tenant even when the path names another', async () => {
    const response = await get(tenantHost(data.fixture.a.slug), `/fr/t/${data.fixture.b.slug}`)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('Bravo')
  })

  it('has no local mailbox to read where the dev sign-in does not run', async () => {
    const response = await get(server.rootDomain, '/api/dev/mailbox/latest?to=anyone%40example.com')
    expect(response.status).toBe(404)
    expect(response.body).toBe('')
  })

  it('answers tenant.current over tRPC for the tenant named by the Host', async () => {
    const alpha = await trpcGet(tenantHost(data.fixture.a.slug), 'tenant.current')
    expect(alpha.status).toBe(200)
    expect(JSON.parse(alpha.body)).toMatchObject({
      result: { data: { json: { slug: data.fixture.a.slug, name: 'Alpha' } } },
    })
    const bravo = await trpcGet(tenantHost(data.fixture.b.slug), 'tenant.current')
    expect(JSON.parse(bravo.body)).toMatchObject({ result: { data: { json: { name: 'Bravo' } } } })
  })

  it('refuses tRPC calls for unknown and suspended tenants', async () => {
    const unknown = await trpcGet(tenantHost('nobody-here'), 'tenant.current')
    expect(unknown.status).toBe(404)
    const suspended = await trpcGet(tenantHost(data.fixture.suspended.slug), 'tenant.current')
    expect(suspended.status).toBe(403)
    expect((JSON.parse(suspended.body) as TrpcError).error.json.data.appCode).toBe('TENANT_SUSPENDED')
  })

  it('answers malformed tRPC input with 400, naming the field', async () => {
    const staff = testIdentityHeadersFor({ userId: data.fixture.a.staffUserId })
    const badInput = await trpcGet(tenantHost(data.fixture.a.slug), 'staff.clients.get', { id: 'not-a-uuid' }, staff)
    expect(badInput.status).toBe(400)
    expect((JSON.parse(badInput.body) as TrpcError).error.json.data).toMatchObject({
      appCode: 'BAD_REQUEST',
      field: 'id',
    })
    const notJson = await get(tenantHost(data.fixture.a.slug), '/api/trpc/staff.clients.get?input=%7Bnot-json', staff)
    expect(notJson.status).toBe(400)
  })

  it('takes the identity from the request and the tenant from the Host', async () => {
    const path = 'staff.clients.get'
    const input = { id: data.fixture.a.clientId }
    const alphaStaff = testIdentityHeadersFor({ userId: data.fixture.a.staffUserId })
    const own = await trpcGet(tenantHost(data.fixture.a.slug), path, input, alphaStaff)
    expect(own.status).toBe(200)
    expect(own.body).toContain('Client Alpha')
    const anonymous = await trpcGet(tenantHost(data.fixture.a.slug), path, input)
    expect(anonymous.status).toBe(401)
    // Alpha's staff on Bravo's portal is nobody there, whatever id it asks for.
    const elsewhere = await trpcGet(tenantHost(data.fixture.b.slug), path, input, alphaStaff)
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body).not.toContain('Client Alpha')
  })

  it('refuses to start a second server on the same embedded data folder, naming the owner', async () => {
    if (!data.dataDir) return
    const second = await startExpectingFailure({ ...data.config, ROOT_DOMAIN: server.rootDomain })
    expect(second.code).toBe(1)
    expect(second.output).toContain(`The embedded database at ${data.dataDir} is already open in process`)
    expect((await get(server.rootDomain, '/api/health')).status).toBe(200)
  })

  it('releases the embedded database on SIGTERM so the next process can open it', async () => {
    const stopped = await server.stop()
    expect(stopped).not.toBe('SIGKILL')
    if (!data.dataDir) return
    const reopened = await openAdminPglite(data.dataDir)
    await reopened.close()
  })
})
