import type Stripe from 'stripe'
import type { ConnectAccountStatus, PaymentEventBody, SavedCardInfo } from '../payments/port'
import { refId, stringMetadata } from './stripe-metadata'

/**
 * Stripe objects reduced to our event bodies. Shared by the webhook mapper and the reconciliation
 * listing, so an event and its reconciled twin always carry the same fields.
 * Each returns null when the object is not one we apply (the caller maps that to 'ignored').
 */

type Body<K extends PaymentEventBody['kind']> = Extract<PaymentEventBody, { kind: K }>

export function accountStatus(account: Stripe.Account): ConnectAccountStatus {
  const card = account.capabilities?.card_payments
  return {
    accountId: account.id,
    chargesEnabled: account.charges_enabled,
    payoutsEnabled: account.payouts_enabled,
    detailsSubmitted: account.details_submitted,
    cardPayments: card === 'active' ? 'active' : card === 'pending' ? 'pending' : 'inactive',
    currentlyDue: [...(account.requirements?.currently_due ?? [])],
    disabledReason: account.requirements?.disabled_reason ?? null,
  }
}

const checkoutModes = new Set(['payment', 'setup', 'subscription'] as const)
const paymentStatuses = new Set(['paid', 'unpaid', 'no_payment_required'] as const)

function isOneOf<T extends string>(values: ReadonlySet<T>, value: string): value is T {
  return (values as ReadonlySet<string>).has(value)
}

export function checkoutCompleted(session: Stripe.Checkout.Session): Body<'checkout.completed'> | null {
  if (!isOneOf(checkoutModes, session.mode) || !isOneOf(paymentStatuses, session.payment_status)) return null
  return {
    kind: 'checkout.completed',
    sessionId: session.id,
    mode: session.mode,
    paymentStatus: session.payment_status,
    paymentIntentId: refId(session.payment_intent),
    setupIntentId: refId(session.setup_intent),
    customerId: refId(session.customer),
    amountTotalCents: session.amount_total ?? 0,
    currency: session.currency ?? 'cad',
    clientReferenceId: session.client_reference_id,
    metadata: stringMetadata(session.metadata),
  }
}

export function checkoutExpired(session: Stripe.Checkout.Session): Body<'checkout.expired'> {
  return {
    kind: 'checkout.expired',
    sessionId: session.id,
    clientReferenceId: session.client_reference_id,
    metadata: stringMetadata(session.metadata),
  }
}

/** Brand and last 4 of the card that paid, when the latest charge came expanded; else null. */
function chargeCard(charge: Stripe.PaymentIntent['latest_charge']): { brand: string; last4: string } | null {
  if (charge === null || typeof charge === 'string') return null
  const card = charge.payment_method_details?.card
  if (card?.brand === null || card?.brand === undefined || card.last4 === null || card.last4 === undefined) return null
  return { brand: card.brand, last4: card.last4 }
}

export function paymentSucceeded(intent: Stripe.PaymentIntent): Body<'payment.succeeded'> {
  return {
    kind: 'payment.succeeded',
    paymentIntentId: intent.id,
    amountCents: intent.amount_received,
    currency: intent.currency,
    applicationFeeCents: intent.application_fee_amount ?? 0,
    customerId: refId(intent.customer),
    paymentMethodId: refId(intent.payment_method),
    card: chargeCard(intent.latest_charge),
    metadata: stringMetadata(intent.metadata),
  }
}

export function paymentFailed(intent: Stripe.PaymentIntent): Body<'payment.failed'> {
  const error = intent.last_payment_error
  return {
    kind: 'payment.failed',
    paymentIntentId: intent.id,
    amountCents: intent.amount,
    failureCode: error?.code ?? null,
    declineCode: error?.decline_code ?? null,
    message: error?.message ?? null,
    metadata: stringMetadata(intent.metadata),
  }
}

export function refundStatus(status: string | null): Body<'refund.updated'>['status'] {
  switch (status) {
    case 'succeeded':
    case 'failed':
    case 'canceled':
      return status
    default:
      // 'pending' and 'requires_action' (the customer must give bank details): not settled yet.
      return 'pending'
  }
}

export function refundUpdated(refund: Stripe.Refund): Body<'refund.updated'> | null {
  const paymentIntentId = refId(refund.payment_intent)
  // We only ever refund payment intents; a refund of a bare charge is not ours to apply.
  if (paymentIntentId === null) return null
  return {
    kind: 'refund.updated',
    refundId: refund.id,
    paymentIntentId,
    amountCents: refund.amount,
    status: refundStatus(refund.status),
    metadata: stringMetadata(refund.metadata),
  }
}

export function savedCard(method: Stripe.PaymentMethod): SavedCardInfo | null {
  const card = method.card
  if (card === undefined) return null
  return {
    paymentMethodId: method.id,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.exp_month,
    expYear: card.exp_year,
  }
}

const subscriptionStatuses = new Set([
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const)

export function subscriptionUpdated(subscription: Stripe.Subscription): Body<'subscription.updated'> | null {
  const customerId = refId(subscription.customer)
  if (customerId === null || !isOneOf(subscriptionStatuses, subscription.status)) return null
  // Since the 2025 "basil" API versions the period lives on each item, not on the subscription.
  const ends = subscription.items.data.map((item) => item.current_period_end)
  return {
    kind: 'subscription.updated',
    subscriptionId: subscription.id,
    customerId,
    status: subscription.status,
    currentPeriodEnd: ends.length === 0 ? null : Math.max(...ends),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    metadata: stringMetadata(subscription.metadata),
  }
}

/** The payment intent of an invoice: its default payment when `payments` came with it. */
function invoicePaymentIntent(invoice: Stripe.Invoice): string | null {
  const payments = invoice.payments?.data ?? []
  const chosen = payments.find((payment) => payment.is_default) ?? payments[0]
  return refId(chosen?.payment.payment_intent)
}

export function subscriptionInvoice(
  invoice: Stripe.Invoice,
  kind: 'subscription.invoice_paid' | 'subscription.invoice_failed',
): Body<'subscription.invoice_paid' | 'subscription.invoice_failed'> | null {
  // In this API version an invoice names its subscription under parent.subscription_details.
  const details = invoice.parent?.subscription_details ?? null
  const subscriptionId = refId(details?.subscription)
  const customerId = refId(invoice.customer)
  if (subscriptionId === null || customerId === null) return null
  return {
    kind,
    stripeInvoiceId: invoice.id,
    subscriptionId,
    customerId,
    amountPaidCents: invoice.amount_paid,
    amountDueCents: invoice.amount_due,
    attemptCount: invoice.attempt_count,
    nextPaymentAttempt: invoice.next_payment_attempt,
    periodStart: invoice.period_start,
    periodEnd: invoice.period_end,
    paymentIntentId: invoicePaymentIntent(invoice),
    // The subscription's metadata (our ids) as it stood when the invoice was made.
    metadata: stringMetadata(details?.metadata ?? invoice.metadata),
  }
}
