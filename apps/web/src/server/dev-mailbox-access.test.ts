import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWebEnv } from '../env'
import { devMailboxOpen } from './dev-mailbox-access'
import { installPeerAddressStamp, peerHeader } from './peer-address'

/*
 * A real Node HTTP server, as `next dev` and `next start` run one, answering whether the dev
 * mailbox would open for the request it received: who asks is the socket's address.
 */
const filesKey = Buffer.alloc(32, 7).toString('base64')
const environments = {
  development: readWebEnv({ NODE_ENV: 'development' }),
  // The browser suite's server: a production build with the dev sign-in allowed.
  productionWithDevSignIn: readWebEnv({
    NODE_ENV: 'production',
    PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: '1',
    DEV_AUTH_SECRET: 'dev-mailbox-access-secret-0123456789abcdef',
    FILES_ENCRYPTION_KEY: filesKey,
  }),
  production: readWebEnv({ NODE_ENV: 'production', FILES_ENCRYPTION_KEY: filesKey }),
}
type Environment = keyof typeof environments

// A non-loopback address of this machine, to reach the server as another machine would.
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address

let server: Server
let port = 0
beforeAll(async () => {
  installPeerAddressStamp()
  server = createServer((req, res) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const environment = (req.url ?? '/').slice(1) as Environment
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ open: devMailboxOpen(headers, environments[environment]) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function opensFor(
  environment: Environment,
  options: { host?: string; headers?: Record<string, string> } = {},
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: options.host ?? '127.0.0.1', port, path: `/${environment}`, headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve((JSON.parse(body) as { open: boolean }).open))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the dev mailbox', () => {
  it('opens for the developer’s own browser on a development server', async () => {
    expect(await opensFor('development')).toBe(true)
    // Next fills x-forwarded-for with the socket's own address: still this machine.
    expect(await opensFor('development', { headers: { 'x-forwarded-for': '127.0.0.1' } })).toBe(true)
  })

  it.skipIf(lanAddress === undefined)('stays shut for another machine, whatever its headers claim', async () => {
    const host = lanAddress ?? ''
    expect(await opensFor('development', { host })).toBe(false)
    expect(await opensFor('development', { host, headers: { 'x-forwarded-for': '127.0.0.1' } })).toBe(false)
    expect(await opensFor('development', { host, headers: { [peerHeader]: 'guessed 127.0.0.1' } })).toBe(false)
  })

  it('stays shut for a request a local tunnel or proxy relays from someone else', async () => {
    expect(await opensFor('development', { headers: { 'x-forwarded-for': '203.0.113.9' } })).toBe(false)
    expect(await opensFor('development', { headers: { 'x-forwarded-for': '203.0.113.9, 127.0.0.1' } })).toBe(false)
    expect(await opensFor('development', { headers: { forwarded: 'for=203.0.113.9' } })).toBe(false)
    expect(await opensFor('development', { headers: { 'x-real-ip': '203.0.113.9' } })).toBe(false)
  })

  it('never opens in a production build, even where the dev sign-in is allowed', async () => {
    expect(environments.productionWithDevSignIn.devAuth).not.toBeNull()
    expect(await opensFor('productionWithDevSignIn')).toBe(false)
    expect(await opensFor('production')).toBe(false)
  })

  it('has nothing to show without the stamp of this process', () => {
    expect(devMailboxOpen(new Headers({ 'x-forwarded-for': '127.0.0.1' }), environments.development)).toBe(false)
  })
})
