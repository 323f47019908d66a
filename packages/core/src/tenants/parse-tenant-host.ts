import { reservedSlugs, slugPattern } from '@portail/validators'

export type TenantHost = { kind: 'root' } | { kind: 'tenant'; slug: string }

/**
 * Subdomains that name parts of the platform, never a business: the same list onboarding refuses
 * (@portail/validators), refused here too even if such a slug ever got into the registry, so
 * `admin.<root>` can never be a tenant's portal.
 */
export const reservedSubdomains: ReadonlySet<string> = reservedSlugs

const hostnameOf = (host: string) => host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')

/**
 * Which portal a Host header names: the root domain itself, one tenant's subdomain
 * (`slug.<root>`, any port), or null for anything else (foreign hosts, nested or reserved
 * subdomains, malformed slugs). The port is ignored on both sides so `localhost:3000` works in dev.
 */
export function parseTenantHost(host: string | null | undefined, rootDomain: string): TenantHost | null {
  if (!host) return null
  const hostname = hostnameOf(host)
  const root = hostnameOf(rootDomain)
  if (!hostname || !root) return null
  if (hostname === root) return { kind: 'root' }
  const suffix = `.${root}`
  if (!hostname.endsWith(suffix)) return null
  const slug = hostname.slice(0, -suffix.length)
  if (!slugPattern.test(slug) || reservedSubdomains.has(slug)) return null
  return { kind: 'tenant', slug }
}
