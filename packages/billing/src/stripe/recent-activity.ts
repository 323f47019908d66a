import type { PaymentEvent, PaymentEventBody, RecentActivity } from '../payments/port'
import {
  checkoutCompleted,
  checkoutExpired,
  paymentFailed,
  paymentSucceeded,
  refundUpdated,
} from './map-stripe-objects'
import { callStripe } from './stripe-errors'
import { parseInput, recentActivityInput } from './stripe-inputs'
import type { StripeContext } from './stripe-context'

// A day of one business's activity stays far below this; the bound keeps one pass finite.
const maxPerKind = 1000
const pageSize = 100

/**
 * A reconciled object as an event. The id `reconcile:<object id>:<status>` is stable, so applying
 * the same state twice is deduplicated like a redelivered webhook, while a later state (a refund
 * going from pending to succeeded) is a new event.
 */
function reconciled(
  accountId: string,
  objectId: string,
  status: string,
  created: number,
  type: string,
  body: PaymentEventBody,
): PaymentEvent {
  return { id: `reconcile:${objectId}:${status}`, account: accountId, created, type, ...body }
}

export async function listRecentActivity(
  { stripe }: StripeContext,
  raw: { accountId: string; since: Date },
): Promise<RecentActivity> {
  const input = parseInput(recentActivityInput, raw, 'listRecentActivity')
  const options = { stripeAccount: input.accountId }
  const created = { gte: Math.floor(input.since.getTime() / 1000) }

  const [sessions, intents, refunds] = await callStripe('listRecentActivity', () =>
    Promise.all([
      stripe.checkout.sessions.list({ created, limit: pageSize }, options).autoPagingToArray({ limit: maxPerKind }),
      stripe.paymentIntents
        .list({ created, limit: pageSize, expand: ['data.latest_charge'] }, options)
        .autoPagingToArray({ limit: maxPerKind }),
      stripe.refunds.list({ created, limit: pageSize }, options).autoPagingToArray({ limit: maxPerKind }),
    ]),
  )

  const checkoutSessions = sessions.flatMap((session) => {
    if (session.status === 'complete') {
      const body = checkoutCompleted(session)
      return body === null
        ? []
        : [reconciled(input.accountId, session.id, 'complete', session.created, 'checkout.session.completed', body)]
    }
    if (session.status === 'expired') {
      return [
        reconciled(
          input.accountId,
          session.id,
          'expired',
          session.created,
          'checkout.session.expired',
          checkoutExpired(session),
        ),
      ]
    }
    return []
  })

  const paymentIntents = intents.flatMap((intent) => {
    if (intent.status === 'succeeded') {
      return [
        reconciled(
          input.accountId,
          intent.id,
          'succeeded',
          intent.created,
          'payment_intent.succeeded',
          paymentSucceeded(intent),
        ),
      ]
    }
    // A failed attempt leaves the intent waiting for another method, with the error kept.
    if (intent.status === 'requires_payment_method' && intent.last_payment_error !== null) {
      return [
        reconciled(
          input.accountId,
          intent.id,
          'failed',
          intent.created,
          'payment_intent.payment_failed',
          paymentFailed(intent),
        ),
      ]
    }
    return []
  })

  const refundEvents = refunds.flatMap((refund) => {
    const body = refundUpdated(refund)
    return body === null
      ? []
      : [reconciled(input.accountId, refund.id, body.status, refund.created, 'refund.updated', body)]
  })

  return { checkoutSessions, paymentIntents, refunds: refundEvents }
}
