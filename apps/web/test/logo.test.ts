import { testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { RunningServer } from './support/next-server'
import { serveBuiltApp } from './support/serve-built-app'
import type { ServerData } from './support/test-data'

let data: ServerData
let server: RunningServer

serveBuiltApp((prepared, running) => {
  data = prepared
  server = running
})

// 16x16 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFElEQVR4nGNwIBEwjGoY1TB8NQAAFErAAdSVi24AAAAASUVORK5CYII=',
  'base64',
)

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A raw HTTP exchange with an explicit Host (tenant hosts do not resolve here) and a binary body. */
const exchange = (
  host: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        hostname: 'localhost',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { host, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })

const tenantHost = (slug: string) => `${slug}.${server.rootDomain}`

describe('the logo of a business over HTTP', () => {
  it('is uploaded as raw bytes by its owner, then served with its type, inert, cached for good', async () => {
    const host = tenantHost(data.fixture.a.slug)
    const uploaded = await exchange(host, '/api/trpc/staff.settings.uploadLogo', {
      method: 'POST',
      headers: {
        origin: `http://${host}`,
        'content-type': 'application/octet-stream',
        ...testIdentityHeadersFor({ userId: data.fixture.a.ownerUserId }),
      },
      body: png,
    })
    expect(uploaded.status).toBe(200)
    const { version } = (JSON.parse(uploaded.body.toString()) as { result: { data: { json: { version: number } } } })
      .result.data.json

    // With a cookie, as a browser sends it: the image is still the same for everyone, so cached.
    const served = await exchange(host, `/api/logo/${version}`, { headers: { cookie: 'NEXT_LOCALE=fr' } })
    expect(served.status).toBe(200)
    expect(served.body.equals(png)).toBe(true)
    expect(served.headers['content-type']).toBe('image/png')
    expect(served.headers['x-content-type-options']).toBe('nosniff')
    expect(served.headers['content-security-policy']).toBe("default-src 'none'")
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable')

    const stale = await exchange(host, `/api/logo/${version - 1}`)
    expect(stale.status).toBe(307)
    expect(stale.headers.location).toBe(`/api/logo/${version}`)
    expect(stale.headers['cache-control']).toBe('no-store')
  })

  it('is nothing for a business without one, and nothing on the platform’s own domain', async () => {
    for (const host of [tenantHost(data.fixture.b.slug), server.rootDomain]) {
      const missing = await exchange(host, '/api/logo/1')
      expect(missing.status, host).toBe(404)
      expect(missing.headers['cache-control']).toBe('no-store')
      expect(missing.headers['content-security-policy']).toBe("default-src 'none'")
    }
  })

  it('refuses an upload from another origin before any procedure runs', async () => {
    const host = tenantHost(data.fixture.a.slug)
    const forged = await exchange(host, '/api/trpc/staff.settings.uploadLogo', {
      method: 'POST',
      headers: {
        origin: 'http://evil.example',
        'content-type': 'application/octet-stream',
        ...testIdentityHeadersFor({ userId: data.fixture.a.ownerUserId }),
      },
      body: png,
    })
    expect(forged.status).toBe(403)
  })
})
