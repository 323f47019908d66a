import { NextRequest, NextResponse } from 'next/server'
import { describe, expect, it } from 'vitest'
import { localeCookieDomain, localizedPath, rememberLocale, splitLocale } from './locale-routing'

describe('splitLocale', () => {
  it('reads a leading locale segment and keeps the rest of the path', () => {
    expect(splitLocale('/en')).toEqual({ locale: 'en', rest: '/' })
    expect(splitLocale('/fr/')).toEqual({ locale: 'fr', rest: '/' })
    expect(splitLocale('/en/portal/invoices')).toEqual({ locale: 'en', rest: '/portal/invoices' })
  })

  it('finds no locale in a path that does not start with one of ours', () => {
    expect(splitLocale('/')).toEqual({ locale: null, rest: '/' })
    expect(splitLocale('/portal')).toEqual({ locale: null, rest: '/portal' })
    expect(splitLocale('/de/portal')).toEqual({ locale: null, rest: '/de/portal' })
    expect(splitLocale('/english')).toEqual({ locale: null, rest: '/english' })
    expect(splitLocale('/EN')).toEqual({ locale: null, rest: '/EN' })
  })
})

describe('localizedPath', () => {
  it('prefixes the locale, with no trailing slash on the home page', () => {
    expect(localizedPath('en', '/')).toBe('/en')
    expect(localizedPath('fr', '/sign-in')).toBe('/fr/sign-in')
  })
})

describe('the language cookie', () => {
  const remembered = (rootDomain: string, cookie?: string) => {
    const request = new NextRequest('https://a.portail.app/en', cookie ? { headers: { cookie } } : {})
    const response = NextResponse.next()
    rememberLocale(request, response, 'en', rootDomain)
    return response.headers.getSetCookie()
  }

  it('is shared by the platform site and every portal under the root domain, whatever its port', () => {
    expect(localeCookieDomain('portail.app')).toBe('portail.app')
    expect(localeCookieDomain('portail.app:8443')).toBe('portail.app')
    const [shared, expired] = remembered('portail.app')
    expect(shared).toMatch(/^NEXT_LOCALE=en; /)
    expect(shared).toMatch(/Domain=portail\.app/i)
    expect(shared).toMatch(/Max-Age=31536000/)
    // The host-only cookie an earlier version left would shadow the shared one on this host.
    expect(expired).toBe('NEXT_LOCALE=; Path=/; Max-Age=0; SameSite=Lax')
  })

  it('stays host-only where browsers refuse a Domain: localhost and IP addresses', () => {
    for (const rootDomain of ['localhost:3000', 'localhost', '127.0.0.1:3000']) {
      expect(localeCookieDomain(rootDomain)).toBeUndefined()
      const cookies = remembered(rootDomain)
      expect(cookies).toHaveLength(1)
      expect(cookies[0]).not.toMatch(/Domain=/i)
    }
  })

  it('is not written again when the reader already chose this language', () => {
    expect(remembered('portail.app', 'NEXT_LOCALE=en')).toEqual([])
  })
})
