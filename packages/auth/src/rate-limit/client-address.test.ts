import { describe, expect, it } from 'vitest'
import { clientAddress, normalizeAddress, sharedClientBucket } from './client-address'

const request = (forwarded?: string) =>
  new Request('http://a.test/', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} })

describe('clientAddress', () => {
  it('without a trusted proxy, counts the socket address and ignores x-forwarded-for', () => {
    const direct = { trustedProxies: 0, peer: '198.51.100.9' }
    expect(clientAddress(request('203.0.113.5'), direct)).toBe('198.51.100.9')
    expect(clientAddress(request('203.0.113.6'), direct)).toBe('198.51.100.9')
    expect(clientAddress(request(), { trustedProxies: 0, peer: '::ffff:198.51.100.10' })).toBe('198.51.100.10')
  })

  it('shares one bucket only when the socket address is unknown', () => {
    expect(clientAddress(request('203.0.113.5'), { trustedProxies: 0, peer: null })).toBe(sharedClientBucket)
  })

  it('behind one proxy, counts the address that proxy saw, not the value the client wrote first', () => {
    const oneProxy = { trustedProxies: 1, peer: '10.0.0.2' }
    expect(clientAddress(request('203.0.113.5'), oneProxy)).toBe('203.0.113.5')
    // A client sends "x-forwarded-for: 1.2.3.4"; our proxy appends the address it saw.
    expect(clientAddress(request('1.2.3.4, 203.0.113.7'), oneProxy)).toBe('203.0.113.7')
    expect(clientAddress(request('9.9.9.9, 8.8.8.8, 203.0.113.7'), oneProxy)).toBe('203.0.113.7')
  })

  it('behind two proxies, counts the address the outer one saw', () => {
    const twoProxies = { trustedProxies: 2, peer: '10.0.0.3' }
    expect(clientAddress(request('1.2.3.4, 203.0.113.8, 10.0.0.1'), twoProxies)).toBe('203.0.113.8')
  })

  it('falls back to the socket address when the header is too short or not an address', () => {
    const twoProxies = { trustedProxies: 2, peer: '10.0.0.3' }
    expect(clientAddress(request('203.0.113.8'), twoProxies)).toBe('10.0.0.3')
    expect(clientAddress(request(), { trustedProxies: 1, peer: '10.0.0.3' })).toBe('10.0.0.3')
    expect(clientAddress(request('not-an-address'), { trustedProxies: 1, peer: '10.0.0.3' })).toBe('10.0.0.3')
    expect(clientAddress(request(), { trustedProxies: 1, peer: null })).toBe(sharedClientBucket)
  })
})

describe('normalizeAddress', () => {
  it('reads an IPv4 peer of a dual-stack socket as IPv4, and refuses what is not an address', () => {
    expect(normalizeAddress(' ::FFFF:203.0.113.5 ')).toBe('203.0.113.5')
    expect(normalizeAddress('2001:DB8::1')).toBe('2001:db8::1')
    expect(normalizeAddress('example.com')).toBeNull()
    expect(normalizeAddress('203.0.113.5:443')).toBeNull()
  })
})
