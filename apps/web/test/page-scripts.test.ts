import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { domainErrorCatalogs, flattenMessages } from '@portail/i18n'
import { gzipSync } from 'node:zlib'
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

const portal = () => `${data.fixture.a.slug}.${server.rootDomain}`
const clientX = () => testIdentityHeadersFor({ userId: data.fixture.a.clientUserId })

interface PageScripts {
  /** Every script the page's HTML asks for, as served. */
  sources: string[]
  /** Their gzipped size (zlib's default level, as `next start` compresses them). */
  gzipBytes: number
}

/** The scripts a first visit of a page downloads: every /_next/static chunk its HTML names. */
async function scriptsOf(host: string, path: string, headers?: Record<string, string>): Promise<PageScripts> {
  const page = await httpRequest(server.port, { host, path, ...(headers ? { headers } : {}) })
  const paths = [...new Set([...page.body.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1]))]
  expect(paths.length, `scripts of ${host}${path}`).toBeGreaterThan(0)
  const sources = await Promise.all(
    paths.map(async (script) => (await httpRequest(server.port, { host, path: script ?? '' })).body),
  )
  return { sources, gzipBytes: sources.reduce((sum, source) => sum + gzipSync(source).byteLength, 0) }
}

// Code a reader's first pages have no use for, each by a string only it contains.
const unneeded = {
  // tailwind-merge's class groups: class names are joined on the server.
  classMerger: 'backdrop-hue-rotate',
  // TanStack Query's hydration boundary, for pages that prefetch for client components.
  queryHydration: 'No QueryClient set',
  // The tRPC client (forms and the booking wizard bring it with them).
  apiClient: 'TRPCClientError',
}
// What the booking wizard's first step (choosing a service) has no use for (issue 12 §2): the
// phone-number metadata of libphonenumber-js (29 kB gzipped, it came with every date formatter),
// zod with its locales (66 kB: refusal details and stored drafts are read by hand), and the
// calendar of the day step (react-day-picker's class names; 23 kB, loaded at that step).
const unneededInWizard = {
  phoneMetadata: 'INVALID_COUNTRY',
  zod: '$ZodType',
  zodLocales: 'Ungültige Eingabe',
  calendar: 'rdp-',
}
const wizardLeaks = ({ sources }: PageScripts) =>
  Object.entries(unneededInWizard)
    .filter(([, marker]) => sources.some((source) => source.includes(marker)))
    .map(([name]) => name)

// The API's refusals in both languages: the server words them, no page's script needs them.
const errorCatalog = flattenMessages(domainErrorCatalogs.en)

const leaks = ({ sources }: PageScripts) => {
  const found = Object.entries(unneeded)
    .filter(([, marker]) => sources.some((source) => source.includes(marker)))
    .map(([name]) => name)
  const refusals = [...errorCatalog.values()].filter((message) => sources.some((source) => source.includes(message)))
  return refusals.length > 0 ? [...found, `${refusals.length} refusal messages`] : found
}

describe('the scripts of a client’s first pages (production build)', () => {
  it('the public home and the dashboard load no class merger, query hydration, API client or refusal catalog', async () => {
    const home = await scriptsOf(portal(), '/fr')
    const dashboard = await scriptsOf(portal(), '/fr/portal', clientX())
    expect(leaks(home)).toEqual([])
    expect(leaks(dashboard)).toEqual([])
  })

  it('the booking wizard’s first step loads neither the phone-number metadata, zod nor the calendar', async () => {
    const wizard = await scriptsOf(portal(), '/fr/portal/book')
    // Its own client code is there (the tRPC client), so the page measured is the wizard.
    expect(wizard.sources.some((source) => source.includes(unneeded.apiClient))).toBe(true)
    expect(wizardLeaks(wizard)).toEqual([])
  })

  it('the public home and the dashboard weigh little more than a bare page of the same build', async () => {
    // Next's own not-found page: the framework and React, no page code.
    const bare = await scriptsOf(server.rootDomain, '/api/page-scripts-test-bare-page')
    const home = await scriptsOf(portal(), '/fr')
    const dashboard = await scriptsOf(portal(), '/fr/portal', clientX())
    // The header's language link and sign-out, the portal's navigation and links: a few kB. The
    // dashboard also has the notifications bell (issue 13): its count and link; the live part (tRPC
    // client, SSE) loads after the page. Measured 12,058 bytes over with it.
    expect(home.gzipBytes - bare.gzipBytes).toBeLessThanOrEqual(5_000)
    expect(dashboard.gzipBytes - bare.gzipBytes).toBeLessThanOrEqual(12_500)
  })
})
