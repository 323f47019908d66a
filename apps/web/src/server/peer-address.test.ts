import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installPeerAddressStamp, isLoopback, peerAddress, peerHeader } from './peer-address'

/*
 * A real Node HTTP server, as `next start` runs one: what a handler reads as the peer is the
 * socket's address, whatever the caller writes into headers.
 */
let server: Server
let port = 0
beforeAll(async () => {
  installPeerAddressStamp()
  server = createServer((req, res) => {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ peer: peerAddress(headers) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function peerSeenFrom(localAddress: string, headers: Record<string, string> = {}): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', localAddress, headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve((JSON.parse(body) as { peer: string | null }).peer))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('peerAddress', () => {
  it('is the address of the connection, one per client machine', async () => {
    expect(await peerSeenFrom('127.0.0.2')).toBe('127.0.0.2')
    expect(await peerSeenFrom('127.0.0.3')).toBe('127.0.0.3')
  })

  it('cannot be chosen by the caller, through x-forwarded-for or the stamp header itself', async () => {
    const forged = { 'x-forwarded-for': '198.51.100.7', [peerHeader]: 'guessed-secret 198.51.100.8' }
    expect(await peerSeenFrom('127.0.0.4', forged)).toBe('127.0.0.4')
  })

  it('is unknown for a header the stamp did not write', () => {
    expect(peerAddress(new Headers({ [peerHeader]: 'not-the-secret 127.0.0.1' }))).toBeNull()
    expect(peerAddress(new Headers({ [peerHeader]: '127.0.0.1' }))).toBeNull()
    expect(peerAddress(new Headers())).toBeNull()
  })
})

describe('isLoopback', () => {
  it('knows loopback from the rest', () => {
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('127.9.9.9')).toBe(true)
    expect(isLoopback('::1')).toBe(true)
    expect(isLoopback('10.0.0.1')).toBe(false)
    expect(isLoopback('1270::1')).toBe(false)
    expect(isLoopback(null)).toBe(false)
  })
})
