import { handleClerkWebhook } from '@portail/auth/clerk'
import { loggerFor, requestIdFrom, withLogContext } from '@portail/logger'
import { webEnv } from '~/env'
import { isReservedSlug } from '~/server/clerk'
import { getDatabase } from '~/server/database'

const log = loggerFor('clerk-webhook')

const notHere = () => new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })

/**
 * Clerk's webhooks (users, organizations, memberships), signed with CLERK_WEBHOOK_SIGNING_SECRET.
 * Not found where Clerk is off or has no signing secret: there is nothing to sync then, and users
 * still arrive just in time from their sessions.
 */
export function POST(request: Request): Promise<Response> {
  return withLogContext({ requestId: requestIdFrom(request.headers) }, () => receive(request))
}

async function receive(request: Request): Promise<Response> {
  const clerk = webEnv().clerk
  if (!clerk?.webhookSigningSecret) return notHere()
  const database = await getDatabase().catch((error: unknown) => {
    log.error({ err: error }, 'clerk webhook: the database is unavailable')
    return null
  })
  // 503: Clerk retries the delivery later with the same svix-id.
  if (!database)
    return new Response(null, { status: 503, headers: { 'retry-after': '30', 'cache-control': 'no-store' } })
  return handleClerkWebhook(request, {
    database,
    signingSecret: clerk.webhookSigningSecret,
    isReservedSlug,
    onError: (error) => log.error({ err: error }, 'clerk webhook failed; Clerk will retry'),
  })
}
