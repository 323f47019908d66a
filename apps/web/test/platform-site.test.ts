import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { describe, expect, it } from 'vitest'
import { httpRequest } from './support/http-request'
import type { RunningServer } from './support/next-server'
import { serveBuiltApp } from './support/serve-built-app'
import type { ServerData } from './support/test-data'

/*
 * The platform's own pages on the root domain, over HTTP on the production build: who gets the
 * operator console, "start your business" and the dev mailbox, and who gets sent away.
 */

let data: ServerData
let server: RunningServer

serveBuiltApp((prepared, running) => {
  data = prepared
  server = running
})

const get = (path: string, headers?: Record<string, string>, host = server.rootDomain) =>
  httpRequest(server.port, { host, path, ...(headers ? { headers } : {}) })
const operator = () => testIdentityHeadersFor({ userId: data.fixture.operatorUserId, operator: true })
const owner = () => testIdentityHeadersFor({ userId: data.fixture.a.ownerUserId })

describe('the operator console', () => {
  it('sends a visitor to sign in, then back to the console', async () => {
    const response = await get('/fr/platform')
    expect(response.status).toBe(307)
    expect(response.headers.location).toBe('/fr/sign-in?next=%2Ffr%2Fplatform')
  })

  it('refuses a signed-in person who is not an operator with a 403 in their language', async () => {
    const french = await get('/fr/platform', owner())
    expect(french.status).toBe(403)
    expect(french.body).toContain('Accès refusé')
    expect(french.body).not.toContain('alpha-pools')
    const english = await get('/en/platform', owner())
    expect(english.status).toBe(403)
    expect(english.body).toContain('The console is for platform operators only.')
  })

  it('lists every business to an operator with its status and counts, filtered by status', async () => {
    const all = await get('/en/platform', operator())
    expect(all.status).toBe(200)
    for (const slug of ['alpha-pools', 'bravo-clinic', 'closed-shop']) expect(all.body).toContain(slug)
    const suspended = await get('/en/platform?status=suspended', operator())
    expect(suspended.body).toContain('closed-shop')
    expect(suspended.body).not.toContain('alpha-pools')
  })

  it('shows one business with its member and client counts, and 404 for an unknown or malformed id', async () => {
    const detail = await get(`/en/platform/${data.fixture.a.id}`, operator())
    expect(detail.status).toBe(200)
    expect(detail.body).toMatch(/Members<\/dt><dd[^>]*>2<\/dd>/)
    expect(detail.body).toMatch(/Clients<\/dt><dd[^>]*>3<\/dd>/)
    expect((await get('/en/platform/0190f5e4-8a3b-7c1d-9e2f-000000000000', operator())).status).toBe(404)
    expect((await get('/en/platform/not-an-id', operator())).status).toBe(404)
  })

  it('is not served on a business’s portal', async () => {
    const response = await get('/fr/platform', operator(), `${data.fixture.a.slug}.${server.rootDomain}`)
    expect(response.status).toBe(404)
  })
})

describe('start your business', () => {
  it('sends a visitor to sign in first, and shows a signed-in person the form', async () => {
    const visitor = await get('/en/start')
    expect(visitor.status).toBe(307)
    expect(visitor.headers.location).toBe('/en/sign-in?next=%2Fen%2Fstart')
    const signedIn = await get('/en/start', owner())
    expect(signedIn.status).toBe(200)
    expect(signedIn.body).toContain('Start your business')
    expect(signedIn.body).toContain('<option value="America/Toronto" selected')
  })
})

describe('the dev mailbox', () => {
  it('does not exist where the dev sign-in does not run (production without the test flag)', async () => {
    expect((await get('/fr/dev/mailbox')).status).toBe(404)
    expect((await get('/fr/dev/mailbox', operator())).status).toBe(404)
  })
})
