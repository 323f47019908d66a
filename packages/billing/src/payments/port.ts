/**
 * The payments port: what core asks of a payment processor. Two adapters share this shape:
 * `stripe` (the Stripe SDK against api.stripe.com) and `simulated` (the very same adapter, its SDK
 * pointed at the in-process Stripe simulator). Every write takes an idempotency key derived from our
 * own ids, so a retried request never charges, refunds or creates twice.
 *
 * Every call on a connected account sends `Stripe-Account` (direct charges: the business is the
 * merchant of record; the platform takes an application fee).
 */

export type PaymentsMode = 'stripe' | 'simulated'
export type CheckoutLocale = 'fr' | 'en'

export interface ConnectAccountStatus {
  accountId: string
  chargesEnabled: boolean
  payoutsEnabled: boolean
  detailsSubmitted: boolean
  cardPayments: 'active' | 'inactive' | 'pending'
  /** Stripe's requirement keys still due (e.g. 'external_account', 'individual.dob.day'). */
  currentlyDue: string[]
  disabledReason: string | null
}

export interface CheckoutLineItem {
  name: string
  amountCents: number
  quantity: number
}

export interface CreatePaymentCheckoutInput {
  accountId: string
  lineItems: CheckoutLineItem[]
  currency: 'cad'
  applicationFeeCents: number
  /** Our checkout_sessions.id. */
  clientReferenceId: string
  customerId: string | null
  customerEmail: string | null
  /** Carried to the payment intent too. Never trusted for the tenant (event.account is). */
  metadata: Record<string, string>
  successUrl: string
  cancelUrl: string
  expiresAt: Date
  locale: CheckoutLocale
  /** Keep the card for later off-session charges (setup_future_usage: 'off_session'). */
  saveCard: boolean
}

export interface CreateSetupCheckoutInput {
  accountId: string
  customerId: string
  clientReferenceId: string
  metadata: Record<string, string>
  successUrl: string
  cancelUrl: string
  locale: CheckoutLocale
}

export interface CheckoutSessionRef {
  sessionId: string
  url: string
  expiresAt: Date
}

export interface SavedCardInfo {
  paymentMethodId: string
  brand: string
  last4: string
  expMonth: number
  expYear: number
}

export interface OffSessionChargeInput {
  accountId: string
  customerId: string
  paymentMethodId: string
  amountCents: number
  currency: 'cad'
  applicationFeeCents: number
  description: string
  metadata: Record<string, string>
}

export interface OffSessionChargeResult {
  paymentIntentId: string
  status: 'succeeded' | 'processing' | 'requires_action' | 'failed'
  failureCode: string | null
}

export interface RefundInput {
  accountId: string
  paymentIntentId: string
  amountCents: number
  metadata: Record<string, string>
}

export interface SubscriptionInput {
  accountId: string
  customerId: string
  paymentMethodId: string | null
  /** The plan's name as the client sees it on Stripe's receipts. */
  productName: string
  /** Per period, taxes included (our engine computes them for the client's place of supply). */
  amountCents: number
  interval: 'week' | 'month'
  intervalCount: number
  /** The platform's share, percent (e.g. 2.9). */
  applicationFeePercent: number
  /** When the season ends, if any: cancel_at. */
  cancelAt: Date | null
  metadata: Record<string, string>
}

/** Activity a reconciliation pass reads for one connected account since a time. */
export interface RecentActivity {
  checkoutSessions: PaymentEvent[]
  paymentIntents: PaymentEvent[]
  refunds: PaymentEvent[]
}

export interface PaymentsPort {
  readonly mode: PaymentsMode
  createConnectedAccount(
    input: { tenantId: string; businessName: string; email: string | null },
    idempotencyKey: string,
  ): Promise<{ accountId: string }>
  createAccountLink(
    input: { accountId: string; refreshUrl: string; returnUrl: string },
    idempotencyKey: string,
  ): Promise<{ url: string }>
  retrieveAccount(accountId: string): Promise<ConnectAccountStatus>
  ensureCustomer(
    input: { accountId: string; clientId: string; email: string | null; name: string },
    idempotencyKey: string,
  ): Promise<{ customerId: string }>
  createPaymentCheckout(input: CreatePaymentCheckoutInput, idempotencyKey: string): Promise<CheckoutSessionRef>
  createSetupCheckout(input: CreateSetupCheckoutInput, idempotencyKey: string): Promise<CheckoutSessionRef>
  expireCheckout(input: { accountId: string; sessionId: string }, idempotencyKey: string): Promise<void>
  listCards(input: { accountId: string; customerId: string }): Promise<SavedCardInfo[]>
  detachCard(input: { accountId: string; paymentMethodId: string }, idempotencyKey: string): Promise<void>
  setDefaultCard(
    input: { accountId: string; customerId: string; paymentMethodId: string },
    idempotencyKey: string,
  ): Promise<void>
  chargeOffSession(input: OffSessionChargeInput, idempotencyKey: string): Promise<OffSessionChargeResult>
  refund(input: RefundInput, idempotencyKey: string): Promise<{ refundId: string; status: 'pending' | 'succeeded' | 'failed' }>
  createSubscription(input: SubscriptionInput, idempotencyKey: string): Promise<{ subscriptionId: string; status: string }>
  cancelSubscription(input: { accountId: string; subscriptionId: string; atPeriodEnd: boolean }, idempotencyKey: string): Promise<void>
  /** For the daily reconciliation: what Stripe holds for this account since `since`, as events. */
  listRecentActivity(input: { accountId: string; since: Date }): Promise<RecentActivity>
  /**
   * Verifies the signature (StripeWebhookSignatureError when it fails: answer 400) and maps the
   * Stripe event to ours. `endpoint` picks the secret: platform events or Connect events.
   */
  parseWebhook(rawBody: string, signatureHeader: string | null, endpoint: 'platform' | 'connect'): PaymentEvent
}

/** A Stripe event reduced to what we apply. `id` is Stripe's event id (evt_…), our dedupe key. */
export type PaymentEvent = {
  id: string
  /** The connected account (event.account): the only source of the tenant. Null for platform events. */
  account: string | null
  /** Seconds since the epoch (event.created): orders events about the same object. */
  created: number
  /** Stripe's event type, e.g. 'checkout.session.completed'. */
  type: string
} & PaymentEventBody

export type PaymentEventBody =
  | { kind: 'account.updated'; status: ConnectAccountStatus }
  | {
      kind: 'checkout.completed'
      sessionId: string
      mode: 'payment' | 'setup' | 'subscription'
      paymentStatus: 'paid' | 'unpaid' | 'no_payment_required'
      paymentIntentId: string | null
      setupIntentId: string | null
      customerId: string | null
      amountTotalCents: number
      currency: string
      clientReferenceId: string | null
      metadata: Record<string, string>
    }
  | { kind: 'checkout.expired'; sessionId: string; clientReferenceId: string | null; metadata: Record<string, string> }
  | {
      kind: 'payment.succeeded'
      paymentIntentId: string
      amountCents: number
      currency: string
      applicationFeeCents: number
      customerId: string | null
      paymentMethodId: string | null
      card: { brand: string; last4: string } | null
      metadata: Record<string, string>
    }
  | {
      kind: 'payment.failed'
      paymentIntentId: string
      amountCents: number
      failureCode: string | null
      declineCode: string | null
      message: string | null
      metadata: Record<string, string>
    }
  | {
      kind: 'refund.updated'
      refundId: string
      paymentIntentId: string
      amountCents: number
      status: 'pending' | 'succeeded' | 'failed' | 'canceled'
      metadata: Record<string, string>
    }
  | {
      kind: 'card.attached'
      paymentMethodId: string
      customerId: string
      card: SavedCardInfo
    }
  | { kind: 'card.detached'; paymentMethodId: string }
  | {
      kind: 'subscription.updated'
      subscriptionId: string
      customerId: string
      status: 'incomplete' | 'incomplete_expired' | 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'paused'
      currentPeriodEnd: number | null
      cancelAtPeriodEnd: boolean
      metadata: Record<string, string>
    }
  | {
      kind: 'subscription.invoice_paid' | 'subscription.invoice_failed'
      stripeInvoiceId: string
      subscriptionId: string
      customerId: string
      amountPaidCents: number
      amountDueCents: number
      attemptCount: number
      /** Seconds since the epoch of Stripe's next retry, null after the last one. */
      nextPaymentAttempt: number | null
      periodStart: number
      periodEnd: number
      paymentIntentId: string | null
      metadata: Record<string, string>
    }
  | { kind: 'ignored' }

/** The webhook signature did not verify: the route answers 400 and applies nothing. */
export class StripeWebhookSignatureError extends Error {
  override readonly name = 'StripeWebhookSignatureError'
}

/**
 * A processor request failed (outage, refusal, invalid request): `retryable` says whether trying
 * again later can help; `code` is Stripe's error code when there is one.
 */
export class PaymentsProviderError extends Error {
  override readonly name = 'PaymentsProviderError'
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
