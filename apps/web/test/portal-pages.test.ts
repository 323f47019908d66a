import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { describe, expect, it } from 'vitest'
import { httpRequest } from './support/http-request'
import type { RunningServer } from './support/next-server'
import { serveBuiltApp } from './support/serve-built-app'
import type { ServerData } from './support/test-data'

let data: ServerData
let server: RunningServer

serveBuiltApp((prepared, running) => {
  data = prepared
  server = running
})

const alpha = () => `${data.fixture.a.slug}.${server.rootDomain}`
const bravo = () => `${data.fixture.b.slug}.${server.rootDomain}`
const get = (host: string, path: string, headers?: Record<string, string>) =>
  httpRequest(server.port, { host, path, ...(headers ? { headers } : {}) })
const clientX = () => testIdentityHeadersFor({ userId: data.fixture.a.clientUserId })

/** The other client of Alpha and everything of Bravo: never in a page Alpha's client X reads. */
const othersOf = () => [
  'Other Alpha',
  `other-client@${data.fixture.a.slug}.test`,
  'Walk-in Alpha',
  'Client Bravo',
  `client@${data.fixture.b.slug}.test`,
]

describe('the client portal pages of the production build', () => {
  it('send a visitor to sign in, and back to the page afterwards', async () => {
    const response = await get(alpha(), '/fr/portal/profile')
    expect(response.status).toBe(307)
    expect(response.headers.location).toBe('/fr/sign-in?next=%2Ffr%2Fportal%2Fprofile')
  })

  it('show a client its own dashboard and profile, and nobody else’s', async () => {
    const dashboard = await get(alpha(), '/fr/portal', clientX())
    expect(dashboard.status).toBe(200)
    expect(dashboard.body).toContain('Bonjour Client Alpha')
    expect(dashboard.body).toContain('Activité récente')
    const profile = await get(alpha(), '/en/portal/profile', clientX())
    expect(profile.status).toBe(200)
    expect(profile.body).toContain(`client@${data.fixture.a.slug}.test`)
    for (const page of [dashboard, profile]) for (const other of othersOf()) expect(page.body).not.toContain(other)
  })

  it('show the same person, on a business where they are not a client yet, the first visit with its notice', async () => {
    const firstVisit = await get(bravo(), '/en/portal', clientX())
    expect(firstVisit.status).toBe(200)
    expect(firstVisit.body).toContain('Privacy notice')
    expect(firstVisit.body).toContain('Open my client space')
    expect(firstVisit.body).not.toContain('Client Alpha')
    // A page only clients may use sends them to that first visit.
    const profile = await get(bravo(), '/en/portal/profile', clientX())
    expect(profile.status).toBe(307)
    expect(profile.headers.location).toBe('/en/portal')
  })

  it('offer the team its admin area instead of joining', async () => {
    const staff = testIdentityHeadersFor({ userId: data.fixture.a.staffUserId })
    const response = await get(alpha(), '/fr/portal', staff)
    expect(response.status).toBe(200)
    expect(response.body).toContain('Aller à l’administration')
    expect(response.body).toContain('href="/fr/admin"')
    expect(response.body).not.toContain('Ouvrir mon espace client')
  })

  it('fall back to the newest activity on a cursor that was not issued', async () => {
    const response = await get(alpha(), '/fr/portal?activity=not-a-cursor', clientX())
    expect(response.status).toBe(200)
    expect(response.body).toContain('Activité récente')
  })

  it('never send a signed-in reader off the portal from sign-in', async () => {
    for (const next of ['https://evil.test/', '//evil.test/x', '/fr/sign-in']) {
      const response = await get(alpha(), `/fr/sign-in?next=${encodeURIComponent(next)}`, clientX())
      expect(response.status).toBe(307)
      expect(response.headers.location).toBe('/fr/portal')
    }
  })

  it('answer an invitation link that does not exist with one plain message', async () => {
    const response = await get(alpha(), `/fr/invitations/${'x'.repeat(43)}`)
    expect(response.status).toBe(200)
    expect(response.body).toContain('Ce lien d’invitation n’est pas valide.')
  })
})
