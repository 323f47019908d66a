import { type PublicTenant, resolveTenantBySlug } from '@portail/core/tenants'
import { type NextRequest, NextResponse } from 'next/server'
import { webEnv } from './env'
import { getDatabase } from './server/database'
import { routeHost } from './server/host-routing'
import { renderUnavailablePage, type UnavailableReason } from './server/unavailable-page'

function unavailable(request: NextRequest, reason: UnavailableReason, businessName?: string) {
  const homeUrl = `${request.nextUrl.protocol}//${webEnv().rootDomain}/`
  const page = renderUnavailablePage(reason, { homeUrl, ...(businessName ? { businessName } : {}) })
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
 * Host -> tenant for page requests. The proxy resolves the tenant itself (it runs in the same
 * process and shares the database held on globalThis with the route handlers, see
 * server/database.ts), so an unknown or suspended business is refused before any page renders.
 * No per-slug cache: the lookup is one indexed query on an in-process or pooled connection.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const route = routeHost(request.headers.get('host'), request.nextUrl.pathname, webEnv().rootDomain)
  if (route.kind === 'root') return NextResponse.next()
  if (route.kind === 'not-found') return unavailable(request, 'unknown')
  let tenant: PublicTenant | null
  try {
    tenant = await resolveTenantBySlug(await getDatabase(), route.slug)
  } catch (error) {
    console.error(`[portail] resolving tenant ${route.slug} failed`, error)
    return unavailable(request, 'outage')
  }
  if (!tenant) return unavailable(request, 'unknown')
  if (tenant.status === 'suspended') return unavailable(request, 'suspended', tenant.name)
  const url = request.nextUrl.clone()
  url.pathname = route.rewriteTo
  return NextResponse.rewrite(url)
}

// API routes resolve the tenant from the Host themselves; build assets need no tenant.
export const config = { matcher: ['/((?!api/|_next/|favicon.ico$).*)'] }
