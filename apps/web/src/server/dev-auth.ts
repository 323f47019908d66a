import 'server-only'
import { devAuthFromEnv } from '@portail/auth/dev'
import { webEnv } from '../env'
import { getDatabase } from './database'
import { getRateLimits, requestAddress } from './rate-limits'

type DevAuthHandlers = ReturnType<typeof devAuthFromEnv>['handlers']

/**
 * Runs one of the dev adapter's endpoints, or answers 404 where the adapter does not run
 * (production without PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION): there is no such sign-in there.
 */
export async function devAuthEndpoint(request: Request, endpoint: keyof DevAuthHandlers): Promise<Response> {
  if (!webEnv().devAuth) return new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })
  const { handlers } = devAuthFromEnv(await getDatabase(), {
    rateLimits: await getRateLimits(),
    clientAddress: requestAddress,
  })
  return handlers[endpoint](request)
}
