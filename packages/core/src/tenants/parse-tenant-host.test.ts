import { describe, expect, it } from 'vitest'
import { parseTenantHost } from './parse-tenant-host'

describe('parseTenantHost', () => {
  it('reads the slug of a tenant subdomain, with or without a port', () => {
    expect(parseTenantHost('alpha-pools.portail.ca', 'portail.ca')).toEqual({ kind: 'tenant', slug: 'alpha-pools' })
    expect(parseTenantHost('Alpha-Pools.localhost:3000', 'localhost:3000')).toEqual({
      kind: 'tenant',
      slug: 'alpha-pools',
    })
    expect(parseTenantHost('alpha-pools.localhost:3001', 'localhost')).toEqual({ kind: 'tenant', slug: 'alpha-pools' })
    expect(parseTenantHost('alpha-pools.portail.ca.', 'portail.ca')).toEqual({ kind: 'tenant', slug: 'alpha-pools' })
  })

  it('recognises the root domain itself', () => {
    expect(parseTenantHost('portail.ca', 'portail.ca')).toEqual({ kind: 'root' })
    expect(parseTenantHost('localhost:3000', 'localhost:3000')).toEqual({ kind: 'root' })
  })

  it('refuses reserved subdomains', () => {
    for (const sub of ['www', 'api', 'admin', 'app', 'platform']) {
      expect(parseTenantHost(`${sub}.portail.ca`, 'portail.ca')).toBeNull()
    }
  })

  it('refuses foreign hosts, look-alikes, nested subdomains and malformed slugs', () => {
    expect(parseTenantHost('evil.com', 'portail.ca')).toBeNull()
    expect(parseTenantHost('alpha.evilportail.ca', 'portail.ca')).toBeNull()
    expect(parseTenantHost('portail.ca.evil.com', 'portail.ca')).toBeNull()
    expect(parseTenantHost('a.b.portail.ca', 'portail.ca')).toBeNull()
    expect(parseTenantHost('-alpha.portail.ca', 'portail.ca')).toBeNull()
    expect(parseTenantHost('a.portail.ca', 'portail.ca')).toBeNull()
    expect(parseTenantHost('al_pha.portail.ca', 'portail.ca')).toBeNull()
    expect(parseTenantHost('', 'portail.ca')).toBeNull()
    expect(parseTenantHost(null, 'portail.ca')).toBeNull()
  })
})
