import { handleStripeWebhook } from '@portail/core/payments'
import { loggerFor, requestIdFrom, withLogContext } from '@portail/logger'
import { getDatabase } from '~/server/database'
import { getPayments } from '~/server/payments'
import { receiveStripeWebhook } from '~/server/stripe-webhook'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

const log = loggerFor('stripe-webhook')

/** Stripe's platform events (STRIPE_WEBHOOK_SECRET), or the simulator's, signed the same way. */
export function POST(request: Request): Promise<Response> {
  return withLogContext({ requestId: requestIdFrom(request.headers) }, () =>
    receiveStripeWebhook(request, 'platform', {
      getDatabase,
      getPayments,
      handle: handleStripeWebhook,
      log: (level, detail, message) => log[level](detail, message),
    }),
  )
}
