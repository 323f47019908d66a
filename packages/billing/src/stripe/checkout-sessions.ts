import type Stripe from 'stripe'
import {
  PaymentsProviderError,
  type CheckoutSessionRef,
  type CreatePaymentCheckoutInput,
  type CreateSetupCheckoutInput,
} from '../payments/port'
import { callStripe } from './stripe-errors'
import {
  expireCheckoutInput,
  idempotencyKeySchema,
  parseInput,
  paymentCheckoutInput,
  setupCheckoutInput,
} from './stripe-inputs'
import { onAccount, type StripeContext } from './stripe-context'

const minute = 60_000
// Stripe refuses an expires_at less than 30 minutes or more than 24 hours after the session's
// creation. We clamp into that window with a minute of margin on each side (our clock and
// Stripe's differ, and the request takes time), rather than fail a checkout over a hold's length.
const earliest = 31 * minute
const latest = 24 * 60 * minute - minute

export function checkoutExpiry(requested: Date, now: Date): number {
  const at = Math.min(Math.max(requested.getTime(), now.getTime() + earliest), now.getTime() + latest)
  return Math.floor(at / 1000)
}

/** Stripe fills `{CHECKOUT_SESSION_ID}` in on the way back; we add it when the caller did not. */
export function withSessionPlaceholder(successUrl: string): string {
  if (successUrl.includes('{CHECKOUT_SESSION_ID}')) return successUrl
  // Concatenated, not built with URL: URL would percent-encode the braces Stripe looks for.
  return `${successUrl}${successUrl.includes('?') ? '&' : '?'}session_id={CHECKOUT_SESSION_ID}`
}

function sessionRef(session: Stripe.Checkout.Session, operation: string): CheckoutSessionRef {
  if (session.url === null) {
    throw new PaymentsProviderError(`${operation}: Stripe returned a session without a URL`, false, 'no_checkout_url')
  }
  return { sessionId: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000) }
}

export async function createPaymentCheckout(
  { stripe, now }: StripeContext,
  raw: CreatePaymentCheckoutInput,
  rawKey: string,
): Promise<CheckoutSessionRef> {
  const input = parseInput(paymentCheckoutInput, raw, 'createPaymentCheckout')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'createPaymentCheckout')
  const customer: Pick<Stripe.Checkout.SessionCreateParams, 'customer' | 'customer_email' | 'customer_creation'> =
    input.customerId !== null
      ? { customer: input.customerId }
      : {
          ...(input.customerEmail === null ? {} : { customer_email: input.customerEmail }),
          // A card saved for later needs a customer to hang on.
          ...(input.saveCard ? { customer_creation: 'always' as const } : {}),
        }
  const session = await callStripe('createPaymentCheckout', () =>
    stripe.checkout.sessions.create(
      {
        mode: 'payment',
        // No payment_method_types: the account's dashboard settings decide (cards, Apple Pay, Google Pay).
        line_items: input.lineItems.map((line) => ({
          price_data: { currency: 'cad', unit_amount: line.amountCents, product_data: { name: line.name } },
          quantity: line.quantity,
        })),
        payment_intent_data: {
          // A fee of 0 is sent as no fee at all: the parameter is left out.
          ...(input.applicationFeeCents > 0 ? { application_fee_amount: input.applicationFeeCents } : {}),
          metadata: input.metadata,
          ...(input.saveCard ? { setup_future_usage: 'off_session' as const } : {}),
        },
        client_reference_id: input.clientReferenceId,
        ...customer,
        locale: input.locale,
        expires_at: checkoutExpiry(input.expiresAt, now()),
        metadata: input.metadata,
        success_url: withSessionPlaceholder(input.successUrl),
        cancel_url: input.cancelUrl,
      },
      onAccount(input.accountId, idempotencyKey),
    ),
  )
  return sessionRef(session, 'createPaymentCheckout')
}

export async function createSetupCheckout(
  { stripe }: StripeContext,
  raw: CreateSetupCheckoutInput,
  rawKey: string,
): Promise<CheckoutSessionRef> {
  const input = parseInput(setupCheckoutInput, raw, 'createSetupCheckout')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'createSetupCheckout')
  const session = await callStripe('createSetupCheckout', () =>
    stripe.checkout.sessions.create(
      {
        mode: 'setup',
        currency: 'cad',
        customer: input.customerId,
        client_reference_id: input.clientReferenceId,
        setup_intent_data: { metadata: input.metadata },
        metadata: input.metadata,
        locale: input.locale,
        success_url: withSessionPlaceholder(input.successUrl),
        cancel_url: input.cancelUrl,
      },
      onAccount(input.accountId, idempotencyKey),
    ),
  )
  return sessionRef(session, 'createSetupCheckout')
}

export async function expireCheckout(
  { stripe }: StripeContext,
  raw: { accountId: string; sessionId: string },
  rawKey: string,
): Promise<void> {
  const input = parseInput(expireCheckoutInput, raw, 'expireCheckout')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'expireCheckout')
  await callStripe('expireCheckout', () =>
    stripe.checkout.sessions.expire(input.sessionId, {}, onAccount(input.accountId, idempotencyKey)),
  )
}
