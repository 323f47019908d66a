import { type PublicTenant, resolveTenantBySlug } from '@portail/core/tenants'
import { type NextRequest, NextResponse } from 'next/server'
import { webEnv } from './env'
import { clerkPagePath } from './server/clerk-pages'
import { withClerk } from './server/clerk-proxy'
import { contentSecurityPolicy, createNonce, paymentsPolicy } from './server/content-security-policy'
import { getDatabase } from './server/database'
import { routeHost } from './server/host-routing'
import { clerkSignInHeader, portalHeader } from './server/host-routing-rewrites'
import {
  localeHeader,
  preferredLocale,
  redirectToLocale,
  rememberLocale,
  splitLocale,
  visiblePathHeader,
} from './server/locale-routing'
import { tenantLogoPrefix } from './features/tenants/logo-path'
import { carriesIdentity, privateNoStore, securityHeaders, staticSecurityHeaders } from './server/security-headers'
import { renderUnavailablePage, type UnavailableReason } from './server/unavailable-page'

function unavailable(request: NextRequest, reason: UnavailableReason, businessName?: string) {
  const homeUrl = `${request.nextUrl.protocol}//${webEnv().rootDomain}/`
  const locale = splitLocale(request.nextUrl.pathname).locale ?? preferredLocale(request)
  const page = renderUnavailablePage(reason, { homeUrl, locale, ...(businessName ? { businessName } : {}) })
  return new NextResponse(page.html, {
    status: page.status,
    // no-store: a business reinstated (or created) a moment later must not see a stale refusal.
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(reason === 'outage' ? { 'retry-after': '30' } : {}),
    },
  })
}

/**
 * Host -> tenant, then locale, for page requests. The proxy resolves the tenant itself (it runs in
 * the same process and shares the database held on globalThis with the route handlers, see
 * server/database.ts), so an unknown or suspended business is refused before any page renders,
 * and a path without a locale is sent to the reader's language (or the business's).
 * No per-slug cache: the lookup is one indexed query on an in-process or pooled connection.
 */
async function routeRequest(request: NextRequest, forwarded: Headers): Promise<NextResponse> {
  // API routes resolve the tenant from the Host themselves.
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next({ request: { headers: forwarded } })
  const { locale, rest } = splitLocale(request.nextUrl.pathname)
  // Under Clerk, /sign-in is served by the page that mounts Clerk's component (see clerk-pages.ts).
  const clerkPath = webEnv().clerk ? clerkPagePath(rest) : null
  const route = routeHost(request.headers.get('host'), clerkPath ?? rest, webEnv().rootDomain)
  if (route.kind === 'not-found') return unavailable(request, 'unknown')
  let tenant: PublicTenant | null = null
  if (route.kind === 'tenant') {
    try {
      tenant = await resolveTenantBySlug(await getDatabase(), route.slug)
    } catch (error) {
      console.error(`[portail] resolving tenant ${route.slug} failed`, error)
      return unavailable(request, 'outage')
    }
    if (!tenant) return unavailable(request, 'unknown')
    if (tenant.status === 'suspended') return unavailable(request, 'suspended', tenant.name)
  }
  if (!locale) return redirectToLocale(request, preferredLocale(request, tenant?.defaultLocale), rest)
  forwarded.set(localeHeader, locale)
  forwarded.set(visiblePathHeader, `${request.nextUrl.pathname}${request.nextUrl.search}`)
  if (clerkPath && route.kind === 'tenant') {
    // A portal's sign-in under Clerk: the rule of next.config.ts for it never matched under
    // clerkMiddleware (404, test/clerk.test.ts), so this one page is still rewritten here. Its
    // cost: this response names the internal path in x-middleware-rewrite, and a server bound to
    // 127.0.0.1 would not serve it (see host-routing-rewrites.ts); neither touches other pages.
    const url = request.nextUrl.clone()
    url.pathname = `/${locale}${route.rewriteTo}`
    const rewritten = NextResponse.rewrite(url, { request: { headers: forwarded } })
    rewritten.headers.set('cache-control', privateNoStore)
    rememberLocale(request, rewritten, locale, webEnv().rootDomain)
    return rewritten
  }
  // The page tree is chosen by the rewrites in next.config.ts on these headers (see
  // server/host-routing-rewrites.ts for why not NextResponse.rewrite).
  if (route.kind === 'tenant') forwarded.set(portalHeader, route.slug)
  if (clerkPath) forwarded.set(clerkSignInHeader, '1')
  const response = NextResponse.next({ request: { headers: forwarded } })
  // A portal page shows one business's content: no shared cache may hand it to another host.
  if (route.kind === 'tenant') response.headers.set('cache-control', privateNoStore)
  rememberLocale(request, response, locale, webEnv().rootDomain)
  return response
}

/**
 * Every response but build assets gets its security headers here, refusals included. The CSP
 * nonce is fresh per request; Next reads it from the forwarded request's CSP header and puts it
 * on its own scripts (which is why every page renders dynamically, see app/layout.tsx).
 */
async function portailProxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce()
  const env = webEnv()
  const policy = contentSecurityPolicy(nonce, {
    dev: env.nodeEnv === 'development',
    clerkFrontendApi: env.clerk?.frontendApiOrigin ?? null,
    payments: paymentsPolicy(env),
  })
  const forwarded = new Headers(request.headers)
  // Only this proxy says which page tree serves a request: a caller's own word is dropped first.
  forwarded.delete(portalHeader)
  forwarded.delete(clerkSignInHeader)
  forwarded.set('content-security-policy', policy)
  // For our own <Script nonce> and inline tags: `(await headers()).get('x-nonce')`.
  forwarded.set('x-nonce', nonce)
  const response = await routeRequest(request, forwarded)
  // The logo route sets its own stricter policy and public caching: the image is the same for
  // every reader of the portal, signed in or not (server/logo-response.ts).
  const ownHeaders = request.nextUrl.pathname.startsWith(tenantLogoPrefix)
  const headers = ownHeaders ? staticSecurityHeaders : securityHeaders(policy)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  if (!ownHeaders && carriesIdentity(request.headers)) response.headers.set('cache-control', privateNoStore)
  return response
}

/** Inside clerkMiddleware when Clerk is configured (server/clerk-proxy.ts), as is otherwise. */
export const proxy = withClerk(portailProxy)

// Build assets (content-hashed, immutable) need neither a tenant nor a per-request policy.
export const config = { matcher: ['/((?!_next/static/|_next/image|favicon.ico$).*)'] }
