import { describe, expect, it } from 'vitest'
import { logoResponse } from './logo-response'

const logo = { version: 3, contentType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) }

describe('logoResponse', () => {
  it('serves the current version with its proved type, unsniffable, inert, cached for good', async () => {
    const response = logoResponse(logo, '3')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'")
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([137, 80, 78, 71])
  })

  it('sends an old or malformed version to the current one, uncached', () => {
    for (const requested of ['2', '03', 'latest', '']) {
      const response = logoResponse(logo, requested)
      expect(response.status).toBe(307)
      expect(response.headers.get('location')).toBe('/api/logo/3')
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('answers 404, uncached, when there is no logo', () => {
    const response = logoResponse(null, '1')
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
