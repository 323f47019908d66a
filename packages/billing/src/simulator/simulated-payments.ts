import Stripe from 'stripe'

import type { PaymentsPort } from '../payments/port'
import { createStripePayments } from '../stripe'
import type { StripeSimulator } from './simulator'

export interface SimulatedPaymentsOptions {
  simulator: StripeSimulator
  /** The secrets the simulator signs with: the adapter verifies webhooks exactly as in stripe mode. */
  webhookSecret: string
  connectWebhookSecret: string
  now?: () => Date
}

/** The `stripe` adapter, its SDK pointed at the simulator: the same code runs in both modes. */
export function createSimulatedPayments(options: SimulatedPaymentsOptions): PaymentsPort {
  return createStripePayments({
    mode: 'simulated',
    secretKey: 'sk_test_simulated',
    webhookSecret: options.webhookSecret,
    connectWebhookSecret: options.connectWebhookSecret,
    httpClient: Stripe.createFetchHttpClient(options.simulator.fetch),
    maxNetworkRetries: 0,
    ...(options.now ? { now: options.now } : {}),
  })
}
