import { describe, expect, it } from 'vitest'
import { portalOriginFor, readBookingLinksEnv } from './env'

describe('the links of booking messages', () => {
  it('point at the business’s portal on the served root domain, https except on localhost', () => {
    expect(portalOriginFor('portail.ca')('piscines-laurentides')).toBe('https://piscines-laurentides.portail.ca')
    expect(portalOriginFor('localhost:3000')('piscines-laurentides')).toBe('http://piscines-laurentides.localhost:3000')
  })

  it('use the web app’s default root domain when ROOT_DOMAIN is unset or blank', () => {
    expect(readBookingLinksEnv({})).toEqual({ rootDomain: 'localhost:3000' })
    expect(readBookingLinksEnv({ ROOT_DOMAIN: '  ' })).toEqual({ rootDomain: 'localhost:3000' })
    expect(readBookingLinksEnv({ ROOT_DOMAIN: 'portail.ca' })).toEqual({ rootDomain: 'portail.ca' })
  })
})
