import type Stripe from 'stripe'
import type { OffSessionChargeInput, OffSessionChargeResult, RefundInput } from '../payments/port'
import { refundStatus } from './map-stripe-objects'
import { callStripe, isStripeError, toProviderError } from './stripe-errors'
import { idempotencyKeySchema, offSessionChargeInput, parseInput, refundInput } from './stripe-inputs'
import { onAccount, type StripeContext } from './stripe-context'

function chargeResult(intent: Stripe.PaymentIntent): OffSessionChargeResult {
  switch (intent.status) {
    case 'succeeded':
      return { paymentIntentId: intent.id, status: 'succeeded', failureCode: null }
    case 'processing':
      return { paymentIntentId: intent.id, status: 'processing', failureCode: null }
    case 'requires_action':
      return { paymentIntentId: intent.id, status: 'requires_action', failureCode: null }
    default:
      return { paymentIntentId: intent.id, status: 'failed', failureCode: intent.last_payment_error?.code ?? null }
  }
}

/**
 * A declined or unauthenticated card is an outcome, not a fault: Stripe answers 402 with the
 * payment intent it created, and the caller brings the client back (requires_action) or records
 * the failure. Anything else is a provider error.
 */
function cardOutcome(error: unknown): OffSessionChargeResult | null {
  if (!isStripeError(error) || error.type !== 'StripeCardError') return null
  const paymentIntentId = error.payment_intent?.id
  if (paymentIntentId === undefined) return null
  const code = error.code ?? null
  return {
    paymentIntentId,
    status: code === 'authentication_required' ? 'requires_action' : 'failed',
    failureCode: code,
  }
}

export async function chargeOffSession(
  { stripe }: StripeContext,
  raw: OffSessionChargeInput,
  rawKey: string,
): Promise<OffSessionChargeResult> {
  const input = parseInput(offSessionChargeInput, raw, 'chargeOffSession')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'chargeOffSession')
  try {
    const intent = await stripe.paymentIntents.create(
      {
        amount: input.amountCents,
        currency: 'cad',
        customer: input.customerId,
        payment_method: input.paymentMethodId,
        off_session: true,
        confirm: true,
        ...(input.applicationFeeCents > 0 ? { application_fee_amount: input.applicationFeeCents } : {}),
        metadata: input.metadata,
        description: input.description,
      },
      onAccount(input.accountId, idempotencyKey),
    )
    return chargeResult(intent)
  } catch (error) {
    const outcome = cardOutcome(error)
    if (outcome !== null) return outcome
    throw toProviderError(error, 'chargeOffSession')
  }
}

export async function refund(
  { stripe }: StripeContext,
  raw: RefundInput,
  rawKey: string,
): Promise<{ refundId: string; status: 'pending' | 'succeeded' | 'failed' }> {
  const input = parseInput(refundInput, raw, 'refund')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'refund')
  const created = await callStripe('refund', () =>
    stripe.refunds.create(
      { payment_intent: input.paymentIntentId, amount: input.amountCents, metadata: input.metadata },
      onAccount(input.accountId, idempotencyKey),
    ),
  )
  const status = refundStatus(created.status)
  return { refundId: created.id, status: status === 'canceled' ? 'failed' : status }
}
