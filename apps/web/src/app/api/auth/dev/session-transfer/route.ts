import { deploymentScheme } from '@portail/auth'
import { devAuthFromEnv } from '@portail/auth/dev'
import { parseTenantHost, resolveTenantBySlug } from '@portail/core/tenants'
import { webEnv } from '~/env'
import { getDatabase } from '~/server/database'
import { getRateLimits, requestAddress } from '~/server/rate-limits'

/**
 * Dev identity adapter, on a portal's host: redeems the one-time link "start your business" made
 * (`?token=…&locale=…`), sets this host's session cookie and goes on to the admin area; a reused,
 * expired, foreign or forged link goes to this portal's sign-in page, which says why. The business
 * is the one of the request's Host, never one the link names. 404 where the adapter does not run
 * (under Clerk, whose own session reaches the new subdomain).
 */
export async function GET(request: Request): Promise<Response> {
  const env = webEnv()
  if (!env.devAuth) return new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })
  const database = await getDatabase()
  const host = parseTenantHost(request.headers.get('host'), env.rootDomain)
  const tenant = host?.kind === 'tenant' ? await resolveTenantBySlug(database, host.slug) : null
  const { handlers } = devAuthFromEnv(database, { rateLimits: await getRateLimits(), clientAddress: requestAddress })
  return handlers.redeemTransfer(request, {
    tenantId: tenant?.status === 'active' ? tenant.id : null,
    // The link is opened from "start your business", on the platform's own site.
    platformOrigin: `${deploymentScheme(env.rootDomain)}://${env.rootDomain}`,
  })
}
