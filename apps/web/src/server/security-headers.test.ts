import { describe, expect, it } from 'vitest'
import { carriesIdentity, securityHeaders } from './security-headers'

describe('securityHeaders', () => {
  it('adds the given CSP to the fixed headers', () => {
    const headers = securityHeaders("default-src 'self'")
    expect(headers).toMatchObject({
      'content-security-policy': "default-src 'self'",
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    })
  })
})

describe('carriesIdentity', () => {
  it('sees a session cookie, a bearer token or the header test identity', () => {
    expect(carriesIdentity(new Headers({ cookie: '__session=x' }))).toBe(true)
    expect(carriesIdentity(new Headers({ authorization: 'Bearer x' }))).toBe(true)
    expect(carriesIdentity(new Headers({ 'X-Portail-Test-User': 'u1' }))).toBe(true)
  })

  it('treats a request with none of them as anonymous', () => {
    expect(carriesIdentity(new Headers({ accept: 'text/html', 'user-agent': 'x' }))).toBe(false)
  })
})
