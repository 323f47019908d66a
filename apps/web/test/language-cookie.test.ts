import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpRequest } from './support/http-request'
import { assertBuilt, type RunningServer, startServer } from './support/next-server'
import { prepareServerData, type ServerData } from './support/test-data'

/*
 * The production build on a real root domain (portail.test, sent as the Host header): the language
 * a reader picks on one host of the platform is remembered for all of them.
 */

let data: ServerData
let server: RunningServer
const cleanups: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  assertBuilt()
  data = await prepareServerData()
  cleanups.push(() => data.cleanup())
  server = await startServer({ ...data.config, ROOT_DOMAIN: 'portail.test' })
  cleanups.push(() => server.stop())
})
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

const setCookies = (header: string | string[] | undefined) => (Array.isArray(header) ? header : header ? [header] : [])

describe('the language cookie on a root domain with subdomains', () => {
  it('is set for the whole root domain, from the platform site and from a portal', async () => {
    for (const host of ['portail.test', `${data.fixture.a.slug}.portail.test`]) {
      const page = await httpRequest(server.port, { host, path: '/en' })
      expect(page.status).toBe(200)
      const cookies = setCookies(page.headers['set-cookie'])
      expect(cookies.find((cookie) => cookie.startsWith('NEXT_LOCALE=en;'))).toMatch(/Domain=portail\.test/i)
    }
  })

})
