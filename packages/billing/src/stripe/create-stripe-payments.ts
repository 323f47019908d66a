import Stripe from 'stripe'
import { z } from 'zod'
import type { PaymentsMode, PaymentsPort } from '../payments/port'
import { chargeOffSession, refund } from './charges-and-refunds'
import { createPaymentCheckout, createSetupCheckout, expireCheckout } from './checkout-sessions'
import { createAccountLink, createConnectedAccount, retrieveAccount } from './connect-accounts'
import { detachCard, ensureCustomer, listCards, setDefaultCard } from './customers-and-cards'
import { listRecentActivity } from './recent-activity'
import type { StripeContext } from './stripe-context'
import { parseWebhook } from './stripe-webhooks'
import { cancelSubscription, createSubscription } from './subscriptions'

export interface StripePaymentsConfig {
  mode: PaymentsMode
  secretKey: string
  webhookSecret: string
  connectWebhookSecret: string
  /** The simulator passes `Stripe.createFetchHttpClient(simulator.fetch)`: same adapter, no network. */
  httpClient?: Stripe.HttpClient
  host?: string
  port?: number
  protocol?: 'http' | 'https'
  /** Defaults to the version the SDK is pinned to (the one its types describe). */
  apiVersion?: Stripe.LatestApiVersion
  /** 2 in production; tests pass 0 so that a 500 is seen once. */
  maxNetworkRetries?: number
  /** Milliseconds; 15 s by default. */
  timeout?: number
  /** The clock for checkout expiry clamping and webhook timestamp tolerance; injected in tests. */
  now?: () => Date
}

const configSchema = z.object({
  mode: z.enum(['stripe', 'simulated']),
  // Secret (sk_) or restricted (rk_) key; never echoed in an error.
  secretKey: z.string().regex(/^(sk|rk)_(test|live)_\S+$/, 'secretKey must be an sk_ or rk_ key'),
  webhookSecret: z.string().min(1),
  connectWebhookSecret: z.string().min(1),
  host: z.string().min(1).optional(),
  port: z.number().int().min(1).max(65_535).optional(),
  protocol: z.enum(['http', 'https']).optional(),
  maxNetworkRetries: z.number().int().min(0).max(5).optional(),
  timeout: z.number().int().min(1000).max(120_000).optional(),
})

/**
 * The payments port on the Stripe SDK. Both modes run this code: 'stripe' against api.stripe.com,
 * 'simulated' against the in-process simulator through the `httpClient` it is given.
 */
export function createStripePayments(config: StripePaymentsConfig): PaymentsPort {
  const parsed = configSchema.safeParse(config)
  if (!parsed.success) {
    // The message names the field only: the value may be a secret.
    const field = parsed.error.issues[0]?.path.join('.') ?? 'config'
    throw new Error(`createStripePayments: invalid ${field}`)
  }
  const stripe = new Stripe(config.secretKey, {
    maxNetworkRetries: config.maxNetworkRetries ?? 2,
    timeout: config.timeout ?? 15_000,
    telemetry: false,
    appInfo: { name: 'portail' },
    ...(config.apiVersion === undefined ? {} : { apiVersion: config.apiVersion }),
    ...(config.httpClient === undefined ? {} : { httpClient: config.httpClient }),
    ...(config.host === undefined ? {} : { host: config.host }),
    ...(config.port === undefined ? {} : { port: config.port }),
    ...(config.protocol === undefined ? {} : { protocol: config.protocol }),
  })
  const context: StripeContext = { stripe, now: config.now ?? (() => new Date()) }
  const secrets = { platform: config.webhookSecret, connect: config.connectWebhookSecret }

  return {
    mode: config.mode,
    createConnectedAccount: (input, key) => createConnectedAccount(context, input, key),
    createAccountLink: (input, key) => createAccountLink(context, input, key),
    retrieveAccount: (accountId) => retrieveAccount(context, accountId),
    ensureCustomer: (input, key) => ensureCustomer(context, input, key),
    createPaymentCheckout: (input, key) => createPaymentCheckout(context, input, key),
    createSetupCheckout: (input, key) => createSetupCheckout(context, input, key),
    expireCheckout: (input, key) => expireCheckout(context, input, key),
    listCards: (input) => listCards(context, input),
    detachCard: (input, key) => detachCard(context, input, key),
    setDefaultCard: (input, key) => setDefaultCard(context, input, key),
    chargeOffSession: (input, key) => chargeOffSession(context, input, key),
    refund: (input, key) => refund(context, input, key),
    createSubscription: (input, key) => createSubscription(context, input, key),
    cancelSubscription: (input, key) => cancelSubscription(context, input, key),
    listRecentActivity: (input) => listRecentActivity(context, input),
    parseWebhook: (rawBody, header, endpoint) => parseWebhook(stripe, secrets, context.now, rawBody, header, endpoint),
  }
}
