import type { Database } from '@portail/db'
import { loggerFor, requestIdFrom, withLogContext } from '@portail/logger'
import { readSmsEnv, type TwilioWebhookOptions } from '@portail/notifications'
import { getDatabase } from '~/server/database'

const log = loggerFor('twilio-webhook')

const noStore = { 'cache-control': 'no-store' }

/**
 * The common part of Twilio's two webhooks: not found where SMS go through the local outbox (no
 * auth token to verify anything with), 503 while the database is unavailable (Twilio retries an
 * inbound message; a status callback is lost, and the log stays at "sent"), then `handle`.
 */
export function receiveTwilioWebhook(
  request: Request,
  name: 'status' | 'inbound',
  handle: (request: Request, options: TwilioWebhookOptions) => Promise<Response>,
): Promise<Response> {
  return withLogContext({ requestId: requestIdFrom(request.headers) }, async () => {
    const env = readSmsEnv()
    if (env.transport !== 'twilio') return new Response(null, { status: 404, headers: noStore })
    const database: Database | null = await getDatabase().catch((error: unknown) => {
      log.error({ err: error }, `twilio ${name} webhook: the database is unavailable`)
      return null
    })
    if (!database) return new Response(null, { status: 503, headers: { 'retry-after': '30', ...noStore } })
    try {
      const response = await handle(request, { database, authToken: env.authToken })
      if (response.status === 403) log.warn(`twilio ${name} webhook: signature refused`)
      return response
    } catch (error) {
      log.error({ err: error }, `twilio ${name} webhook failed`)
      return new Response(null, { status: 500, headers: noStore })
    }
  })
}
