import { describe, expect, it } from 'vitest'
import { clearedSessionCookie, readCookie, sessionCookie, sessionTokenFrom } from './session-cookie'

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Lax, Path=/, with the session lifetime; Secure and __Host- over HTTPS', () => {
    expect(sessionCookie('t.s', false)).toBe('portail_session=t.s; HttpOnly; SameSite=Lax; Path=/; Max-Age=604800')
    expect(sessionCookie('t.s', true)).toBe(
      '__Host-portail_session=t.s; HttpOnly; SameSite=Lax; Path=/; Max-Age=604800; Secure',
    )
    expect(sessionCookie('t.s', true)).not.toMatch(/Domain=/i)
    expect(clearedSessionCookie(true)).toBe(
      '__Host-portail_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0; Secure',
    )
  })

  it('is found among other cookies, by exact name', () => {
    expect(readCookie('a=1; portail_session=tok; b=2', 'portail_session')).toBe('tok')
    expect(readCookie('xportail_session=tok', 'portail_session')).toBeNull()
    expect(readCookie(null, 'portail_session')).toBeNull()
  })

  it('ignores the unprefixed cookie when served over HTTPS, where another subdomain could have set it', () => {
    const headers = new Headers({ cookie: 'portail_session=tossed' })
    expect(sessionTokenFrom(headers, false)).toBe('tossed')
    expect(sessionTokenFrom(headers, true)).toBeNull()
  })
})
