import { createHmac, timingSafeEqual } from 'node:crypto'
import {
  type CheckoutSessionRef,
  type ConnectAccountStatus,
  type PaymentEvent,
  type PaymentsPort,
  PaymentsProviderError,
  type RecentActivity,
  StripeWebhookSignatureError,
} from '@portail/billing'

/** One call the code under test made on the port, with its idempotency key when it is a write. */
export interface FakeCall {
  method: keyof PaymentsPort
  input: unknown
  idempotencyKey: string | null
}

export const fakeWebhookSecret = 'whsec_test_fake'

/** Signs a body the way the fake's parseWebhook checks it (a stand-in for Stripe's scheme). */
export const signFakeWebhook = (rawBody: string, secret = fakeWebhookSecret): string =>
  `v1=${createHmac('sha256', secret).update(rawBody).digest('hex')}`

/**
 * A PaymentsPort in memory: every write returns the same answer for the same idempotency key (as
 * Stripe does), every call is recorded, and `failNext` makes calls throw like an outage. The
 * webhook body is a PaymentEvent as JSON, signed with signFakeWebhook.
 */
export interface FakePayments extends PaymentsPort {
  calls: FakeCall[]
  callsOf(method: keyof PaymentsPort): FakeCall[]
  /** The next `count` calls (any method) throw this error. */
  failNext(error: Error, count?: number): void
  /** What retrieveAccount answers for an account. */
  accounts: Map<string, ConnectAccountStatus>
  /** What listRecentActivity answers. */
  activity: RecentActivity
  /** What chargeOffSession answers. */
  offSessionStatus: 'succeeded' | 'failed'
  /** What refund answers. */
  refundStatus: 'pending' | 'succeeded' | 'failed'
}

// Module-wide, like Stripe's ids: two fakes in one test file never mint the same id.
let serial = 0

export const outage = () => new PaymentsProviderError('Stripe did not answer', true, null)

export function createFakePayments(options: { now?: () => number } = {}): FakePayments {
  const now = options.now ?? Date.now
  const calls: FakeCall[] = []
  const byKey = new Map<string, unknown>()
  let failures: { error: Error; left: number } | null = null
  const nextId = (prefix: string) => `${prefix}_fake${(serial += 1).toString().padStart(6, '0')}`

  // Async like a network call: the caller's other work may run in between.
  const record = async (method: keyof PaymentsPort, input: unknown, idempotencyKey: string | null) => {
    await Promise.resolve()
    calls.push({ method, input, idempotencyKey })
    if (failures && failures.left > 0) {
      failures.left -= 1
      const { error } = failures
      if (failures.left === 0) failures = null
      throw error
    }
  }
  /** Same key, same answer; the key is namespaced by method so two verbs never share one. */
  const once = <T>(method: keyof PaymentsPort, key: string, make: () => T): T => {
    const slot = `${method}:${key}`
    if (byKey.has(slot)) return byKey.get(slot) as T
    const made = make()
    byKey.set(slot, made)
    return made
  }
  const session = (expiresAt: Date): CheckoutSessionRef => {
    const sessionId = nextId('cs')
    return { sessionId, url: `https://checkout.fake/${sessionId}`, expiresAt }
  }

  const fake: FakePayments = {
    mode: 'simulated',
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method),
    failNext(error, count = 1) {
      failures = { error, left: count }
    },
    accounts: new Map(),
    activity: { checkoutSessions: [], paymentIntents: [], refunds: [] },
    offSessionStatus: 'succeeded',
    refundStatus: 'pending',

    async createConnectedAccount(input, key) {
      await record('createConnectedAccount', input, key)
      return once('createConnectedAccount', key, () => ({ accountId: nextId('acct') }))
    },
    async createAccountLink(input, key) {
      await record('createAccountLink', input, key)
      return { url: `https://connect.fake/${input.accountId}/${nextId('link')}` }
    },
    async retrieveAccount(accountId) {
      await record('retrieveAccount', { accountId }, null)
      return (
        fake.accounts.get(accountId) ?? {
          accountId,
          chargesEnabled: false,
          payoutsEnabled: false,
          detailsSubmitted: false,
          cardPayments: 'inactive',
          currentlyDue: ['external_account'],
          disabledReason: 'requirements.past_due',
        }
      )
    },
    async ensureCustomer(input, key) {
      await record('ensureCustomer', input, key)
      return once('ensureCustomer', key, () => ({ customerId: nextId('cus') }))
    },
    async createPaymentCheckout(input, key) {
      await record('createPaymentCheckout', input, key)
      return once('createPaymentCheckout', key, () => session(input.expiresAt))
    },
    async createSetupCheckout(input, key) {
      await record('createSetupCheckout', input, key)
      return once('createSetupCheckout', key, () => session(new Date(now() + 24 * 60 * 60 * 1000)))
    },
    async expireCheckout(input, key) {
      await record('expireCheckout', input, key)
    },
    async listCards(input) {
      await record('listCards', input, null)
      return []
    },
    async detachCard(input, key) {
      await record('detachCard', input, key)
    },
    async setDefaultCard(input, key) {
      await record('setDefaultCard', input, key)
    },
    async chargeOffSession(input, key) {
      await record('chargeOffSession', input, key)
      return once('chargeOffSession', key, () => ({
        paymentIntentId: nextId('pi'),
        status: fake.offSessionStatus,
        failureCode: fake.offSessionStatus === 'failed' ? 'card_declined' : null,
      }))
    },
    async refund(input, key) {
      await record('refund', input, key)
      return once('refund', key, () => ({ refundId: nextId('re'), status: fake.refundStatus }))
    },
    async createSubscription(input, key) {
      await record('createSubscription', input, key)
      return once('createSubscription', key, () => ({ subscriptionId: nextId('sub'), status: 'incomplete' }))
    },
    async cancelSubscription(input, key) {
      await record('cancelSubscription', input, key)
    },
    async listRecentActivity(input) {
      await record('listRecentActivity', input, null)
      return fake.activity
    },
    parseWebhook(rawBody, signatureHeader) {
      const expected = Buffer.from(signFakeWebhook(rawBody))
      const given = Buffer.from(signatureHeader ?? '')
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new StripeWebhookSignatureError('No signatures found matching the expected signature for payload')
      }
      return JSON.parse(rawBody) as PaymentEvent
    },
  }
  return fake
}
