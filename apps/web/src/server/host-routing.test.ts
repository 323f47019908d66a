import { describe, expect, it } from 'vitest'
import { routeHost } from './host-routing'

const root = 'localhost:3000'

describe('routeHost', () => {
  it('serves the platform pages on the root domain', () => {
    expect(routeHost('localhost:3000', '/', root)).toEqual({ kind: 'root' })
    expect(routeHost('LOCALHOST:3000', '/pricing', root)).toEqual({ kind: 'root' })
  })

  it('rewrites a tenant subdomain into its portal tree, keeping the path', () => {
    expect(routeHost('piscines-laurentides.localhost:3000', '/', root)).toEqual({
      kind: 'tenant',
      slug: 'piscines-laurentides',
      rewriteTo: '/t/piscines-laurentides',
    })
    expect(routeHost('tremblay-cpa.localhost:3000', '/portal/invoices', root)).toMatchObject({
      rewriteTo: '/t/tremblay-cpa/portal/invoices',
    })
  })

  it('keeps a tenant inside its own tree even when the path names another tenant', () => {
    expect(routeHost('tremblay-cpa.localhost:3000', '/t/clinique-belair', root)).toMatchObject({
      rewriteTo: '/t/tremblay-cpa/t/clinique-belair',
    })
  })

  it('refuses the internal tenant tree on the root domain', () => {
    expect(routeHost('localhost:3000', '/t/tremblay-cpa', root)).toEqual({ kind: 'not-found' })
    expect(routeHost('localhost:3000', '/t', root)).toEqual({ kind: 'not-found' })
    expect(routeHost('localhost:3000', '/terms', root)).toEqual({ kind: 'root' })
  })

  it('refuses foreign, reserved, nested and missing hosts', () => {
    expect(routeHost('evil.example', '/', root)).toEqual({ kind: 'not-found' })
    expect(routeHost('admin.localhost:3000', '/', root)).toEqual({ kind: 'not-found' })
    expect(routeHost('a.b.localhost:3000', '/', root)).toEqual({ kind: 'not-found' })
    expect(routeHost(null, '/', root)).toEqual({ kind: 'not-found' })
  })
})
