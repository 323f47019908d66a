import { type ChildProcess, spawn } from 'node:child_process'
import { request } from 'node:http'
import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverProcessEnv } from './support/env'
import { appDir, assertBuilt, freePort } from './support/next-server'
import { prepareServerData, type ServerData } from './support/test-data'

/*
 * The production build started as an operator starts it behind a proxy on the same machine,
 * `next start --hostname 127.0.0.1`, with the dev sign-in allowed as the browser suite runs it:
 * the portals are served whatever the bind address, no response tells the internal path, the
 * dev mailbox stays shut, and the health check details only what its caller may know.
 */
let data: ServerData
let child: ChildProcess
let port = 0
let output = ''
const rootDomain = () => `localhost:${port}`
const portal = () => `${data.fixture.a.slug}.${rootDomain()}`
/** The name the harness gives business a (alpha-pools). */
const alphaName = 'Alpha'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A GET to 127.0.0.1 (the only address the server listens on) naming the host in the header. */
function get(host: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: '127.0.0.1', port, path, headers: { host, ...headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.setTimeout(30_000, () => req.destroy(new Error(`timed out: ${host}${path}`)))
    req.end()
  })
}

beforeAll(async () => {
  assertBuilt()
  data = await prepareServerData()
  port = await freePort()
  const config = {
    ...data.config,
    ROOT_DOMAIN: rootDomain(),
    PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: '1',
    DEV_AUTH_SECRET: 'bind-address-test-dev-auth-secret-0123456789',
    PORTAIL_TEST_IDENTITY: '1',
    PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION: '1',
  }
  const nextBin = `${appDir}/node_modules/next/dist/bin/next`
  child = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: appDir,
    env: serverProcessEnv(config),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`)
    const health = await get(rootDomain(), '/api/health').catch(() => null)
    if (health?.status === 200) break
    if (Date.now() > deadline) throw new Error(`next start did not become healthy in time:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
})

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await gone
  }
  await data.cleanup()
})

describe('next start --hostname 127.0.0.1', () => {
  it('serves a business’s portal pages and the platform site', async () => {
    const home = await get(portal(), '/fr')
    expect(home.status).toBe(200)
    expect(home.body).toContain(alphaName)
    const signIn = await get(portal(), '/en/sign-in')
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatch(/<html lang="en"/)
    expect((await get(rootDomain(), '/fr')).status).toBe(200)
  })

  it('never tells a browser the internal path a page came from', async () => {
    for (const answer of [
      await get(portal(), '/fr'),
      await get(portal(), '/fr/portal'),
      await get(portal(), '/fr/no-such-page'),
      await get(rootDomain(), '/fr'),
      await get(rootDomain(), '/fr/sign-in'),
    ]) {
      expect(answer.headers['x-middleware-rewrite']).toBeUndefined()
      expect(JSON.stringify(answer.headers)).not.toContain(`/t/${data.fixture.a.slug}`)
    }
  })

  it('cannot be steered to another business’s pages by a header the caller sends', async () => {
    const steered = await get(rootDomain(), '/fr', { 'x-portail-portal': data.fixture.a.slug })
    expect(steered.status).toBe(200)
    expect(steered.body).not.toContain(alphaName)
  })
})

describe('the dev mailbox of a production build', () => {
  it('is not there, even for this machine while the dev sign-in runs', async () => {
    expect((await get(rootDomain(), '/fr/dev/mailbox')).status).toBe(404)
    expect((await get(rootDomain(), '/api/dev/mailbox/latest?to=operator%40portail.local')).status).toBe(404)
    // The sign-in itself runs: only its mailbox is shut.
    const requested = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ email: 'someone@example.com', locale: 'fr' })
      const req = request(
        {
          hostname: '127.0.0.1',
          port,
          path: '/api/auth/dev/request-code',
          method: 'POST',
          headers: { host: rootDomain(), 'content-type': 'application/json', origin: `http://${rootDomain()}` },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end(body)
    })
    expect(requested).toBeLessThan(400)
  })
})

describe('/api/health', () => {
  it('tells anyone the server is alive, and nothing more', async () => {
    // Through a proxy on this machine: the caller is whoever the proxy names, not the proxy.
    const relayed = await get(rootDomain(), '/api/health', { 'x-forwarded-for': '203.0.113.7' })
    expect(relayed.status).toBe(200)
    expect(JSON.parse(relayed.body)).toEqual({ status: 'ok' })
    const client = testIdentityHeadersFor({ userId: data.fixture.a.clientUserId })
    const signedIn = await get(rootDomain(), '/api/health', { ...client, 'x-forwarded-for': '203.0.113.7' })
    expect(JSON.parse(signedIn.body)).toEqual({ status: 'ok' })
  })

  it('names the database driver to this machine and to a platform operator', async () => {
    expect(JSON.parse((await get(rootDomain(), '/api/health')).body)).toEqual({ status: 'ok', database: data.driver })
    const operator = testIdentityHeadersFor({ userId: data.fixture.a.clientUserId, operator: true })
    const remoteOperator = await get(rootDomain(), '/api/health', { ...operator, 'x-forwarded-for': '203.0.113.7' })
    expect(JSON.parse(remoteOperator.body)).toEqual({ status: 'ok', database: data.driver })
  })
})
