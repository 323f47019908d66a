import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpRequest } from './support/http-request'
import { assertBuilt, type RunningServer, startServer } from './support/next-server'

let server: RunningServer
let deadDatabase: Server | undefined

beforeAll(async () => {
  assertBuilt()
  // A "database" that hangs up on every connection, as a Postgres going down does.
  const dead = createServer((socket) => socket.destroy())
  deadDatabase = dead
  const deadPort = await new Promise<number>((resolve) =>
    dead.listen(0, 'localhost', () => {
      const address = dead.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    }),
  )
  server = await startServer(
    { DATABASE_URL: `postgres://portail_app@localhost:${deadPort}/portail` },
    { expectHealthy: false },
  )
})

afterAll(async () => {
  await server?.stop()
  // Absent when beforeAll stopped early (e.g. a stale build): keep that error the only one.
  await new Promise((resolve) => (deadDatabase ? deadDatabase.close(resolve) : resolve(undefined)))
})

describe('the server while its database is unreachable', () => {
  it('reports itself unhealthy without saying why', async () => {
    const response = await httpRequest(server.port, { host: server.rootDomain, path: '/api/health' })
    expect(response.status).toBe(503)
    expect(JSON.parse(response.body)).toEqual({ status: 'error' })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(server.output()).toContain('health check failed')
  })

  it('tells portal visitors, in both languages, to come back shortly', async () => {
    const response = await httpRequest(server.port, { host: `tremblay-cpa.${server.rootDomain}`, path: '/' })
    expect(response.status).toBe(503)
    expect(response.headers['retry-after']).toBe('30')
    expect(response.body).toContain('Portail momentanément indisponible')
    expect(response.body).toContain('Portal temporarily unavailable')
    expect(response.body).not.toMatch(/ECONNREFUSED|postgres/i)
  })

  it('still serves the platform pages that need no database', async () => {
    const response = await httpRequest(server.port, { host: server.rootDomain, path: '/fr' })
    expect(response.status).toBe(200)
  })
})
