import { answer, type HostedUrls } from './api'
import { completeOnboarding as completeAccountOnboarding, type AccountRecord } from './accounts'
import { SimulatorActionError } from './api-error'
import {
  cancelSession,
  complete3dsSession,
  expireDueSessions,
  paySession,
  viewSession,
  type CheckoutView,
  type HostedOutcome,
} from './checkout'
import { createEngine, type DeliverWebhook, type EventRequest } from './engine'
import type { OffSessionOutcome, SubscriptionObject } from './objects'
import type { PaymentMethodRecord } from './payments'
import type { SimulatorStore } from './store'
import { advanceSubscription as advance } from './subscriptions'

export interface StripeSimulatorOptions {
  store: SimulatorStore
  clock: () => Date
  /** Receives every event, signed; the app POSTs it to its own webhook route. */
  deliver: DeliverWebhook
  /** Signs platform events (STRIPE_WEBHOOK_SECRET's role). */
  webhookSecret: string
  /** Signs connected-account events (STRIPE_CONNECT_WEBHOOK_SECRET's role). */
  connectWebhookSecret: string
  /** Where the hosted pages live (default: the app's `/{locale}/sim/…` on localhost:3000). */
  hostedUrls?: HostedUrls
  /** A delivery that threw (the app's deliver retries and logs on its own; this is the last word). */
  onDeliveryError?: (error: unknown, eventId: string) => void
}

export interface OnboardingView {
  accountId: string
  businessName: string
  email: string | null
  chargesEnabled: boolean
  returnUrl: string | null
  refreshUrl: string | null
}

export interface StripeSimulator {
  /** Answers the Stripe REST subset; give it to `Stripe.createFetchHttpClient`. */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>
  /** The hosted checkout's buttons. Each resolves after its events were delivered. */
  pay: (sessionId: string, outcome: 'succeed' | 'decline' | 'require_3ds') => Promise<HostedOutcome>
  complete3ds: (sessionId: string, passed: boolean) => Promise<HostedOutcome>
  cancel: (sessionId: string) => Promise<HostedOutcome>
  getCheckout: (sessionId: string) => Promise<CheckoutView | null>
  /** The hosted onboarding: the account can take payments; resolves to the link's return_url. */
  completeOnboarding: (accountId: string) => Promise<{ returnUrl: string | null }>
  getOnboarding: (accountId: string) => Promise<OnboardingView | null>
  /** Expires every open checkout session whose expires_at is at or before `now`; returns how many. */
  expireDue: (now: Date) => Promise<number>
  /** Bills a subscription's next period (Stripe's renewal), paid or declined. */
  advanceSubscription: (subscriptionId: string, outcome: 'succeed' | 'decline') => Promise<SubscriptionObject>
  /** How a saved card behaves when charged off-session (default: succeeds). */
  setCardOutcome: (paymentMethodId: string, outcome: OffSessionOutcome) => Promise<void>
  /** Resolves once every event emitted so far was handed to `deliver` (API calls deliver in the background, as Stripe does). */
  idle: () => Promise<void>
}

const HOSTED: EventRequest = { id: null, idempotencyKey: null }

export function defaultHostedUrls(origin: string): HostedUrls {
  const base = origin.replace(/\/+$/, '')
  return {
    checkout: (sessionId, locale) => `${base}/${locale === 'en' ? 'en' : 'fr'}/sim/checkout/${sessionId}`,
    onboarding: (accountId) => `${base}/fr/sim/onboarding/${accountId}`,
  }
}

/**
 * An in-process Stripe: the REST subset our adapter calls, the hosted Checkout and onboarding
 * pages' actions, and the webhooks Stripe would send, signed with the endpoint's secret. The real
 * `stripe` SDK talks to it, so the adapter code is the same in simulated and live mode.
 */
export function createStripeSimulator(options: StripeSimulatorOptions): StripeSimulator {
  const engine = createEngine({
    store: options.store,
    clock: options.clock,
    deliver: options.deliver,
    webhookSecret: options.webhookSecret,
    connectWebhookSecret: options.connectWebhookSecret,
    onDeliveryError: options.onDeliveryError ?? (() => undefined),
  })
  const hosted = options.hostedUrls ?? defaultHostedUrls('http://localhost:3000')
  return {
    fetch: (input, init) =>
      answer(engine, hosted, input instanceof Request && init === undefined ? input : new Request(input, init)),
    pay: (sessionId, outcome) => engine.run(HOSTED, (unit) => paySession(unit, sessionId, outcome), 'await'),
    complete3ds: (sessionId, passed) =>
      engine.run(HOSTED, (unit) => complete3dsSession(unit, sessionId, passed), 'await'),
    cancel: (sessionId) => engine.run(HOSTED, (unit) => cancelSession(unit, sessionId), 'await'),
    getCheckout: (sessionId) => engine.run(HOSTED, (unit) => viewSession(unit, sessionId), 'await'),
    completeOnboarding: (accountId) =>
      engine.run(HOSTED, (unit) => completeAccountOnboarding(unit, accountId), 'await'),
    getOnboarding: (accountId) =>
      engine.run(
        HOSTED,
        async (unit) => {
          const record = await unit.read<AccountRecord>('accounts', accountId)
          if (!record) return null
          return {
            accountId,
            businessName: record.object.business_profile.name ?? accountId,
            email: record.object.email,
            chargesEnabled: record.object.charges_enabled,
            returnUrl: record.sim.returnUrl,
            refreshUrl: record.sim.refreshUrl,
          }
        },
        'await',
      ),
    expireDue: (now) =>
      engine.run(HOSTED, (unit) => expireDueSessions(unit, Math.floor(now.getTime() / 1000)), 'await'),
    advanceSubscription: (subscriptionId, outcome) =>
      engine.run(HOSTED, (unit) => advance(unit, subscriptionId, outcome), 'await'),
    setCardOutcome: (paymentMethodId, outcome) =>
      engine.run(
        HOSTED,
        async (unit) => {
          const record = await unit.read<PaymentMethodRecord>('payment_methods', paymentMethodId)
          if (!record) throw new SimulatorActionError('not_found', `no simulated payment method ${paymentMethodId}`)
          await unit.write('payment_methods', paymentMethodId, { ...record, sim: { offSession: outcome } })
        },
        'await',
      ),
    idle: () => engine.idle(),
  }
}
