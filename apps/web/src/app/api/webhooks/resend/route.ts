import { loggerFor, requestIdFrom, withLogContext } from '@portail/logger'
import { handleResendWebhook, readResendWebhookEnv } from '@portail/notifications'
import { getDatabase } from '~/server/database'

const log = loggerFor('resend-webhook')

const notHere = () => new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })

/**
 * Resend's delivery events (email.sent, delivered, bounced, complained), signed with
 * RESEND_WEBHOOK_SECRET (svix). Not found where no secret is set: nothing sends through Resend
 * then, and there is nothing to receive.
 */
export function POST(request: Request): Promise<Response> {
  return withLogContext({ requestId: requestIdFrom(request.headers) }, () => receive(request))
}

async function receive(request: Request): Promise<Response> {
  const { signingSecret } = readResendWebhookEnv()
  if (!signingSecret) return notHere()
  const database = await getDatabase().catch((error: unknown) => {
    log.error({ err: error }, 'resend webhook: the database is unavailable')
    return null
  })
  // 503: Resend retries the delivery later with the same svix-id.
  if (!database)
    return new Response(null, { status: 503, headers: { 'retry-after': '30', 'cache-control': 'no-store' } })
  return handleResendWebhook(request, {
    database,
    signingSecret,
    onDelivery: ({ type, outcome }) => log.info({ type, outcome }, 'resend webhook'),
    onError: (error) => log.error({ err: error }, 'resend webhook failed; Resend will retry'),
  })
}
