import type Stripe from 'stripe'
import type { PaymentEvent, PaymentEventBody } from '../payments/port'
import {
  accountStatus,
  checkoutCompleted,
  checkoutExpired,
  paymentFailed,
  paymentSucceeded,
  refundUpdated,
  savedCard,
  subscriptionInvoice,
  subscriptionUpdated,
} from './map-stripe-objects'
import { refId } from './stripe-metadata'

const ignored: PaymentEventBody = { kind: 'ignored' }

/** The latest refund of a charge, when Stripe sent the refunds list with it. */
function latestRefund(charge: Stripe.Charge): Stripe.Refund | null {
  const refunds = charge.refunds?.data ?? []
  return refunds.reduce<Stripe.Refund | null>(
    (latest, refund) => (latest === null || refund.created >= latest.created ? refund : latest),
    null,
  )
}

function body(event: Stripe.Event): PaymentEventBody | null {
  switch (event.type) {
    case 'account.updated':
      return { kind: 'account.updated', status: accountStatus(event.data.object) }
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return checkoutCompleted(event.data.object)
    case 'checkout.session.expired':
      return checkoutExpired(event.data.object)
    case 'payment_intent.succeeded':
      return paymentSucceeded(event.data.object)
    case 'payment_intent.payment_failed':
      return paymentFailed(event.data.object)
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed':
      return refundUpdated(event.data.object)
    case 'charge.refunded': {
      // Each refund also has its own refund.* event; this one only helps when the list came along.
      const refund = latestRefund(event.data.object)
      return refund === null ? null : refundUpdated(refund)
    }
    case 'payment_method.attached': {
      const card = savedCard(event.data.object)
      const customerId = refId(event.data.object.customer)
      return card === null || customerId === null
        ? null
        : { kind: 'card.attached', paymentMethodId: card.paymentMethodId, customerId, card }
    }
    case 'payment_method.detached':
      return { kind: 'card.detached', paymentMethodId: event.data.object.id }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return subscriptionUpdated(event.data.object)
    case 'invoice.paid':
      return subscriptionInvoice(event.data.object, 'subscription.invoice_paid')
    case 'invoice.payment_failed':
      return subscriptionInvoice(event.data.object, 'subscription.invoice_failed')
    default:
      return null
  }
}

/**
 * A Stripe event reduced to what we apply. `account` is event.account (the connected account):
 * the only source of the tenant. Types we do not apply, and objects we do not own (an invoice
 * outside a subscription, a refund of a bare charge), map to `{ kind: 'ignored' }`.
 */
export function mapStripeEvent(event: Stripe.Event): PaymentEvent {
  return {
    id: event.id,
    account: event.account ?? null,
    created: event.created,
    type: event.type,
    ...(body(event) ?? ignored),
  }
}
