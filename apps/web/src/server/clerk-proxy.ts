import { clerkMiddleware } from '@clerk/nextjs/server'
import { authorizedPartiesFor } from '@portail/auth/clerk/authorized-parties'
import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from 'next/server'
import { webEnv } from '../env'

type Proxy = (request: NextRequest) => Promise<NextResponse>

/**
 * Runs Portail's own proxy inside clerkMiddleware when Clerk is configured, unchanged otherwise.
 * Clerk verifies the session token offline with the instance's public key (jwtKey: Clerk 7 does
 * not read CLERK_JWT_KEY itself) and the authorized parties, then our proxy runs as before; route
 * handlers read the result through auth(). The authorized parties are computed per request: the
 * request's own origin when its Host is ROOT_DOMAIN or a portal under it, plus the extra origins
 * of CLERK_AUTHORIZED_PARTIES, so a new business needs no configuration and a token minted on one
 * portal signs nobody in on another. The keys come from the env module at start-up, never
 * from the build, so one build serves with or without Clerk. The secret key is not passed: Clerk
 * would then require CLERK_ENCRYPTION_KEY to hand it to auth(); it reads CLERK_SECRET_KEY (a
 * runtime variable, which env.ts has already checked) on its own.
 */
export function withClerk(proxy: Proxy): (request: NextRequest, event: NextFetchEvent) => Promise<Response> {
  let clerk: NextMiddleware | undefined
  return async (request, event) => {
    const { clerk: env, rootDomain } = webEnv()
    if (!env) return proxy(request)
    const parties = { rootDomain, extraOrigins: env.extraAuthorizedParties }
    clerk ??= clerkMiddleware(
      (_auth, clerkRequest) => proxy(clerkRequest),
      (clerkRequest) => ({
        publishableKey: env.publishableKey,
        jwtKey: env.jwtKey,
        authorizedParties: authorizedPartiesFor(clerkRequest.headers.get('host'), parties),
      }),
    )
    const response = (await clerk(request, event)) ?? NextResponse.next()
    return resumeInsteadOfSelfRewrite(request, response)
  }
}

const rewriteHeader = 'x-middleware-rewrite'
const resumeHeader = 'x-middleware-next'

/**
 * clerkMiddleware hands its auth state to the page as request headers, and to do so turns our
 * proxy's `NextResponse.next()` into a rewrite to the request's own URL. A rewrite from the proxy
 * wins over next.config's rewrites, which are what choose a portal's page tree
 * (host-routing-rewrites.ts): every portal page would be served from the platform site's tree,
 * and the browser would be told the path in `x-middleware-rewrite`. Such a rewrite to the same
 * path is a `next()` in all but name: it goes back to one, keeping the request headers Clerk and
 * the proxy set (Next applies them to a `next()` the same way). Any other rewrite is left alone.
 */
function resumeInsteadOfSelfRewrite(request: NextRequest, response: Response): Response {
  const target = response.headers.get(rewriteHeader)
  if (!target) return response
  const rewritten = new URL(target, request.url)
  const same = rewritten.pathname === request.nextUrl.pathname && rewritten.search === request.nextUrl.search
  if (!same) return response
  response.headers.delete(rewriteHeader)
  response.headers.set(resumeHeader, '1')
  return response
}
