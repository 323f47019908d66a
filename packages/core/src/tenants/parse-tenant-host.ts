export type TenantHost = { kind: 'root' } | { kind: 'tenant'; slug: string }

/**
 * Subdomains that name parts of the platform, never a business. Refused here even if such a slug
 * ever got into the registry, so `admin.<root>` can never be a tenant's portal.
 */
export const reservedSubdomains: ReadonlySet<string> = new Set([
  'www',
  'api',
  'admin',
  'app',
  'platform',
  'mail',
  'static',
  'assets',
  'status',
  'help',
  'docs',
])

// Same rule as the tenants_slug_format check in the database.
const slugFormat = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/

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
  if (!slugFormat.test(slug) || reservedSubdomains.has(slug)) return null
  return { kind: 'tenant', slug }
}
