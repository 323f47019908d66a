import Stripe from 'stripe'

import {
  createMemorySimulatorStore,
  createStripeSimulator,
  type SimulatorStore,
  type WebhookEndpoint,
} from '../src/simulator'

export const WEBHOOK_SECRET = 'whsec_test_platform'
export const CONNECT_WEBHOOK_SECRET = 'whsec_test_connect'

export interface Delivered {
  endpoint: WebhookEndpoint
  payload: string
  signature: string
  event: Stripe.Event
}

/** A simulator on a hand-moved clock, its deliveries recorded and each verified as the app's route would. */
export function simulatorHarness(store: SimulatorStore = createMemorySimulatorStore(), start: Date = new Date()) {
  let now = start
  const delivered: Delivered[] = []
  const stripe = new Stripe('sk_test_simulated', { maxNetworkRetries: 0 })
  const simulator = createStripeSimulator({
    store,
    clock: () => now,
    webhookSecret: WEBHOOK_SECRET,
    connectWebhookSecret: CONNECT_WEBHOOK_SECRET,
    hostedUrls: {
      checkout: (id, locale) => `http://localhost:3000/${locale ?? 'fr'}/sim/checkout/${id}`,
      onboarding: (id) => `http://localhost:3000/fr/sim/onboarding/${id}`,
    },
    deliver: (endpoint, payload, signature) => {
      const secret = endpoint === 'connect' ? CONNECT_WEBHOOK_SECRET : WEBHOOK_SECRET
      delivered.push({
        endpoint,
        payload,
        signature,
        event: stripe.webhooks.constructEvent(payload, signature, secret),
      })
      return Promise.resolve()
    },
  })
  const client = new Stripe('sk_test_simulated', {
    httpClient: Stripe.createFetchHttpClient(simulator.fetch),
    maxNetworkRetries: 0,
  })
  return {
    simulator,
    stripe: client,
    delivered,
    advance(seconds: number) {
      now = new Date(now.getTime() + seconds * 1000)
    },
    now: () => now,
    /** Types of the events delivered since `from`, in order (after background deliveries settle). */
    async typesSince(from: number) {
      await simulator.idle()
      return delivered.slice(from).map((entry) => entry.event.type)
    },
    async lastOf(type: string) {
      await simulator.idle()
      const found = [...delivered].reverse().find((entry) => entry.event.type === type)
      if (!found) throw new Error(`no ${type} delivered; got ${delivered.map((entry) => entry.event.type).join(', ')}`)
      return found.event
    },
  }
}

export type Harness = ReturnType<typeof simulatorHarness>

/** A connected account that completed onboarding, and a customer on it. */
export async function onboardedAccount(harness: Harness) {
  const account = await harness.stripe.accounts.create({
    email: 'sophie@piscines-laurentides.example',
    business_profile: { name: 'Piscines Laurentides' },
    controller: {
      fees: { payer: 'application' },
      losses: { payments: 'application' },
      stripe_dashboard: { type: 'express' },
    },
  })
  await harness.stripe.accountLinks.create({
    account: account.id,
    type: 'account_onboarding',
    refresh_url: 'http://x.localhost:3000/refresh',
    return_url: 'http://x.localhost:3000/return',
  })
  await harness.simulator.completeOnboarding(account.id)
  const customer = await harness.stripe.customers.create(
    { email: 'marie.gagnon@example.com', name: 'Marie Gagnon' },
    { stripeAccount: account.id },
  )
  return { accountId: account.id, customerId: customer.id }
}

export function paymentSession(
  harness: Harness,
  accountId: string,
  options: { customer?: string; key?: string; saveCard?: boolean } = {},
) {
  return harness.stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: { currency: 'cad', unit_amount: 5000, product_data: { name: 'Ouverture de piscine' } },
        },
        { quantity: 2, price_data: { currency: 'cad', unit_amount: 374, product_data: { name: 'Chlore' } } },
      ],
      payment_intent_data: {
        application_fee_amount: 345,
        metadata: { paymentId: 'pay-1' },
        ...(options.saveCard ? { setup_future_usage: 'off_session' as const } : {}),
      },
      ...(options.customer ? { customer: options.customer } : { customer_email: 'marie.gagnon@example.com' }),
      client_reference_id: 'checkout-1',
      metadata: { checkoutId: 'checkout-1' },
      success_url: 'http://x.localhost:3000/fr/pay/done?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://x.localhost:3000/fr/pay/cancelled',
      expires_at: Math.floor(harness.now().getTime() / 1000) + 3600,
      locale: 'fr',
    },
    { stripeAccount: accountId, ...(options.key ? { idempotencyKey: options.key } : {}) },
  )
}

/** An expandable field (id or object) as its id. */
export function idOf(value: string | { id: string } | null | undefined): string {
  if (!value) throw new Error('expected an id, got nothing')
  return typeof value === 'string' ? value : value.id
}
