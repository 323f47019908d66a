import { parseTenantHost } from '@portail/core/tenants'

/**
 * What the proxy does with a page request, decided from the Host header alone:
 * - `root`: the platform's own pages (landing, sign-up, operator console), served as they are;
 * - `tenant`: a business's portal, served from the internal `/t/{slug}` tree once the slug is
 *   known to name an active business;
 * - `not-found`: a host that is neither (foreign or reserved names), or a request for the internal
 *   `/t/` tree on the root domain, which would otherwise show one business's pages on another
 *   origin than its own.
 */
export type HostRoute = { kind: 'root' } | { kind: 'tenant'; slug: string; rewriteTo: string } | { kind: 'not-found' }

export const tenantTreePrefix = '/t/'

export function routeHost(host: string | null, pathname: string, rootDomain: string): HostRoute {
  const parsed = parseTenantHost(host, rootDomain)
  if (!parsed) return { kind: 'not-found' }
  if (parsed.kind === 'root') {
    return pathname === '/t' || pathname.startsWith(tenantTreePrefix) ? { kind: 'not-found' } : { kind: 'root' }
  }
  const rest = pathname === '/' ? '' : pathname
  return { kind: 'tenant', slug: parsed.slug, rewriteTo: `${tenantTreePrefix}${parsed.slug}${rest}` }
}
