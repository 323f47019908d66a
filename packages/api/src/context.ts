import { deploymentScheme, type Identity, type IdentityResolver } from '@portail/auth'
import type { RateLimits } from '@portail/auth/rate-limit'
import { anonymousActor, type ResolvedActor, resolveActor } from '@portail/core/actors'
import {
  embeddedOrganizationDirectory,
  type OrganizationDirectory,
  parseTenantHost,
  type PublicTenant,
  resolveTenantBySlug,
  type TenantHost,
} from '@portail/core/tenants'
import type { Database } from '@portail/db'
import { bindLogContext } from '@portail/logger'
import type { PaymentsPort } from '@portail/billing'
import type { PlatformFee } from '@portail/core/payments'
import type { FileStorage } from '@portail/storage'
import { type Locale, localeFromCookieHeader, negotiateLocale } from '@portail/i18n'

/** What the API needs from the app: the database, the identity port and the platform's domain. */
export interface ApiDeps {
  database: Database
  identity: IdentityResolver
  /** e.g. `portail.ca`, or `localhost:3000` in dev; tenants live on `<slug>.<rootDomain>`. */
  rootDomain: string
  /**
   * The identity provider's organizations (Clerk). Default: the embedded directory, which keeps
   * none (the dev identity has no organizations).
   */
  organizations?: OrganizationDirectory
  /**
   * Where files live (logos): the encrypted local folder, S3, or memory in tests. Left out (tests
   * that touch no file), a procedure that needs it fails as an internal error.
   */
  storage?: FileStorage
  /**
   * Scheme of the links we email (invitations). Default: http for localhost and `*.localhost`
   * root domains, https for everything else.
   */
  linkProtocol?: 'http' | 'https'
  /**
   * The platform's limits (@portail/auth/rate-limit): signed-in mutations count against them per
   * user (user-rate-limits.ts). The web route always passes them; left out (server-side callers,
   * tests of other things), nothing is counted.
   */
  rateLimits?: RateLimits
  /**
   * The payments port (Stripe, or the same adapter on the simulator), asked for only when a billing
   * procedure calls the processor: a deployment with payments off serves everything else. Left
   * out, or throwing, such a procedure answers `payment.unavailable`.
   */
  payments?: () => PaymentsPort
  /** The platform's fee for businesses without one of their own (configuration); left out: none. */
  defaultPlatformFee?: PlatformFee
}

export interface CreateContextOptions extends ApiDeps {
  headers: Headers
}

export interface Context {
  database: Database
  /** Language for error messages. */
  locale: Locale
  /** What the Host header named: the root domain, a tenant subdomain, or null (foreign host). */
  host: TenantHost | null
  /** The tenant of a tenant subdomain, null on the root domain or when no such tenant exists. */
  tenant: PublicTenant | null
  identity: Identity | null
  /** What the signed-in user is in `tenant` (nothing outside a tenant). */
  actor: ResolvedActor
  organizations: OrganizationDirectory
  storage: FileStorage | null
  /** `{proto}://{rootDomain}`: tenant portals are `{proto}://{slug}.{rootDomain}`. */
  links: { protocol: 'http' | 'https'; rootDomain: string }
  /** The caller's user agent, recorded with a consent (truncated there). */
  userAgent: string | null
  rateLimits: RateLimits | null
  payments: (() => PaymentsPort) | null
  defaultPlatformFee: PlatformFee | null
}

/**
 * Resolves, in order: host -> tenant, session -> identity, identity + tenant -> actor. Nothing here
 * rejects a request; each procedure builder decides what it requires.
 *
 * The tenant comes from the `Host` header only. `X-Forwarded-Host` is ignored on purpose: any
 * client can send it, and only a proxy we run could vouch for it. Next.js passes the original
 * Host through to route handlers, so nothing is lost.
 */
export async function createContext(options: CreateContextOptions): Promise<Context> {
  const { database, headers, rootDomain } = options
  const host = parseTenantHost(headers.get('host'), rootDomain)
  const [tenant, identity] = await Promise.all([
    host?.kind === 'tenant' ? resolveTenantBySlug(database, host.slug) : Promise.resolve(null),
    options.identity(headers),
  ])
  if (tenant) bindLogContext({ tenantId: tenant.id })
  // A suspended tenant serves nothing, so there is no need to find out who the caller is there.
  const actor =
    tenant?.status === 'active'
      ? await resolveActor(database, { tenantId: tenant.id, identity })
      : { ...anonymousActor, userId: identity?.userId ?? null }
  // The language the reader chose on the site (cookie) comes first, as on pages; a signed-in
  // user's own language stands in for the business's default.
  const locale = negotiateLocale({
    cookie: localeFromCookieHeader(headers.get('cookie')),
    acceptLanguage: headers.get('accept-language'),
    tenantDefault: identity?.locale ?? tenant?.defaultLocale,
  })
  return {
    database,
    locale,
    host,
    tenant,
    identity,
    actor,
    organizations: options.organizations ?? embeddedOrganizationDirectory,
    storage: options.storage ?? null,
    links: { protocol: options.linkProtocol ?? deploymentScheme(rootDomain), rootDomain },
    userAgent: headers.get('user-agent'),
    rateLimits: options.rateLimits ?? null,
    payments: options.payments ?? null,
    defaultPlatformFee: options.defaultPlatformFee ?? null,
  }
}
