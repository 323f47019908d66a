import { describe, expect, it } from 'vitest'
import { clientAddress, sharedClientBucket } from './client-address'

const request = (forwarded?: string) =>
  new Request('http://a.test/', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} })

describe('clientAddress', () => {
  it('takes the first forwarded address only behind a trusted proxy', () => {
    expect(clientAddress(request('203.0.113.5, 10.0.0.1'), true)).toBe('203.0.113.5')
    expect(clientAddress(request('203.0.113.5'), false)).toBe(sharedClientBucket)
  })

  it('falls back to the shared bucket when the proxy named nobody', () => {
    expect(clientAddress(request(), true)).toBe(sharedClientBucket)
  })
})
