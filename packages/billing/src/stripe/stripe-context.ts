import type Stripe from 'stripe'

/** What every operation of the adapter works with: the SDK client and the clock. */
export interface StripeContext {
  stripe: Stripe
  now: () => Date
}

/** Request options of a write on a connected account (direct charges: the business is the merchant). */
export function onAccount(accountId: string, idempotencyKey: string): Stripe.RequestOptions {
  return { stripeAccount: accountId, idempotencyKey }
}
