import { describe, expect, it } from 'vitest'
import { authorizedPartiesFor, noAuthorizedParty, ownOrigin } from './authorized-parties'

describe('ownOrigin', () => {
  it("is the request's origin on the root domain and on a portal, over https in production", () => {
    expect(ownOrigin('portail.app', 'portail.app')).toBe('https://portail.app')
    expect(ownOrigin('acme.portail.app', 'portail.app')).toBe('https://acme.portail.app')
    expect(ownOrigin('Acme.Portail.App', 'portail.app')).toBe('https://acme.portail.app')
  })

  it('is over http only for a localhost root domain, keeping the port the browser used', () => {
    expect(ownOrigin('acme.localhost:3000', 'localhost:3000')).toBe('http://acme.localhost:3000')
    expect(ownOrigin('localhost:3000', 'localhost:3000')).toBe('http://localhost:3000')
  })

  it('is null for a foreign host, a deeper subdomain, a look-alike suffix or a malformed Host', () => {
    for (const host of [
      'evil.example',
      'a.b.portail.app',
      'acmeportail.app',
      'portail.app.evil.example',
      '-acme.portail.app',
      'acme.portail.app:x',
      '',
      null,
    ]) {
      expect(ownOrigin(host, 'portail.app'), String(host)).toBeNull()
    }
  })
})

describe('authorizedPartiesFor', () => {
  const config = { rootDomain: 'portail.app', extraOrigins: ['https://portal.acme-pools.ca'] }

  it("lists the request's own origin and the extra origins, not the other portals", () => {
    expect(authorizedPartiesFor('acme.portail.app', config)).toEqual([
      'https://acme.portail.app',
      'https://portal.acme-pools.ca',
    ])
    expect(authorizedPartiesFor('evil.example', config)).toEqual(['https://portal.acme-pools.ca'])
  })

  it('is never empty, so Clerk never skips the azp check on a foreign host', () => {
    expect(authorizedPartiesFor('evil.example', { rootDomain: 'portail.app' })).toEqual([noAuthorizedParty])
    expect(authorizedPartiesFor(null, { rootDomain: 'portail.app', extraOrigins: [] })).toEqual([noAuthorizedParty])
  })
})
