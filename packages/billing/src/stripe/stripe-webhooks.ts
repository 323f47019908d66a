import type Stripe from 'stripe'
import { StripeWebhookSignatureError, type PaymentEvent } from '../payments/port'
import { mapStripeEvent } from './map-stripe-event'

/** Stripe's default: a signature older than five minutes is a replay. */
export const webhookToleranceSeconds = 300

export interface WebhookSecrets {
  platform: string
  connect: string
}

/**
 * Verifies a webhook body against the secret of the endpoint it came to (platform events and
 * Connect events have separate endpoints and secrets) and maps it. Stripe's own error message is
 * not passed on: it may hint at the secret, and the caller only needs to answer 400.
 */
export function parseWebhook(
  stripe: Stripe,
  secrets: WebhookSecrets,
  now: () => Date,
  rawBody: string,
  signatureHeader: string | null,
  endpoint: 'platform' | 'connect',
): PaymentEvent {
  if (signatureHeader === null || signatureHeader === '') {
    throw new StripeWebhookSignatureError('missing Stripe-Signature header')
  }
  let event: Stripe.Event
  try {
    event = stripe.webhooks.constructEvent(
      rawBody,
      signatureHeader,
      endpoint === 'platform' ? secrets.platform : secrets.connect,
      webhookToleranceSeconds,
      undefined,
      now().getTime(),
    )
  } catch (error) {
    const reason = error instanceof Error && error.name === 'StripeSignatureVerificationError' ? 'signature' : 'payload'
    throw new StripeWebhookSignatureError(`webhook ${reason} did not verify`)
  }
  return mapStripeEvent(event)
}
