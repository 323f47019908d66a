import type { SubscriptionInput } from '../payments/port'
import { callStripe } from './stripe-errors'
import { cancelSubscriptionInput, idempotencyKeySchema, parseInput, subscriptionInput } from './stripe-inputs'
import { onAccount, type StripeContext } from './stripe-context'

export async function createSubscription(
  { stripe }: StripeContext,
  raw: SubscriptionInput,
  rawKey: string,
): Promise<{ subscriptionId: string; status: string }> {
  const input = parseInput(subscriptionInput, raw, 'createSubscription')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'createSubscription')
  // An inline price needs a product id (Stripe takes no product_data on subscription items): the
  // product is created first under a key derived from the caller's, so a retry reuses it.
  const product = await callStripe('createSubscription', () =>
    stripe.products.create(
      { name: input.productName, metadata: input.metadata },
      onAccount(input.accountId, `${idempotencyKey}:product`),
    ),
  )
  const subscription = await callStripe('createSubscription', () =>
    stripe.subscriptions.create(
      {
        customer: input.customerId,
        items: [
          {
            price_data: {
              currency: 'cad',
              product: product.id,
              unit_amount: input.amountCents,
              recurring: { interval: input.interval, interval_count: input.intervalCount },
            },
          },
        ],
        application_fee_percent: input.applicationFeePercent,
        ...(input.paymentMethodId === null ? {} : { default_payment_method: input.paymentMethodId }),
        ...(input.cancelAt === null ? {} : { cancel_at: Math.floor(input.cancelAt.getTime() / 1000) }),
        metadata: input.metadata,
        // The first invoice waits for a confirmed payment instead of failing the creation.
        payment_behavior: 'default_incomplete',
      },
      onAccount(input.accountId, idempotencyKey),
    ),
  )
  return { subscriptionId: subscription.id, status: subscription.status }
}

export async function cancelSubscription(
  { stripe }: StripeContext,
  raw: { accountId: string; subscriptionId: string; atPeriodEnd: boolean },
  rawKey: string,
): Promise<void> {
  const input = parseInput(cancelSubscriptionInput, raw, 'cancelSubscription')
  const idempotencyKey = parseInput(idempotencyKeySchema, rawKey, 'cancelSubscription')
  const options = onAccount(input.accountId, idempotencyKey)
  await callStripe('cancelSubscription', () =>
    input.atPeriodEnd
      ? stripe.subscriptions.update(input.subscriptionId, { cancel_at_period_end: true }, options)
      : stripe.subscriptions.cancel(input.subscriptionId, {}, options),
  )
}
