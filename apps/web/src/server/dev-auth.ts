import 'server-only'
import { devAuthFromEnv } from '@portail/auth/dev'
import { webEnv } from '../env'
import { getDatabase } from './database'

type DevAuthHandlers = ReturnType<typeof devAuthFromEnv>['handlers']

/**
 * Runs one of the dev adapter's endpoints, or answers 404 where the adapter does not run
 * (production without PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION): there is no such sign-in there.
 */
export async function devAuthEndpoint(request: Request, endpoint: keyof DevAuthHandlers): Promise<Response> {
  if (!webEnv().devAuth) return new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })
  const { handlers } = devAuthFromEnv(await getDatabase())
  return handlers[endpoint](request)
}
