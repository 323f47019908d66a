import { loggerFor } from '@portail/logger'
import type { Database } from '@portail/db'
import { getDatabase } from '~/server/database'
import { isDirectLoopbackRequest } from '~/server/direct-loopback'
import { identityResolver } from '~/server/identity'

const log = loggerFor('health')

const noStore = { 'cache-control': 'no-store' }

/**
 * Which database driver runs is for the people who run the platform: a platform operator, or a
 * request from this machine (a monitoring agent, the developer). Everyone else learns only that
 * the server is alive; a name of the stack is a head start for an attacker.
 */
async function mayReadDetails(request: Request, database: Database): Promise<boolean> {
  if (isDirectLoopbackRequest(request.headers)) return true
  const identity = await identityResolver(request, database)(request.headers)
  return identity?.platformRole === 'operator'
}

/**
 * Liveness and readiness in one: 200 once the database answers. The failure body says nothing
 * about why (it is public); the reason goes to the server log.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const database = await getDatabase()
    await database.ping()
    const details = await mayReadDetails(request, database)
    return Response.json(details ? { status: 'ok', database: database.driver } : { status: 'ok' }, { headers: noStore })
  } catch (error) {
    log.error({ err: error }, 'health check failed')
    return Response.json({ status: 'error' }, { status: 503, headers: noStore })
  }
}
