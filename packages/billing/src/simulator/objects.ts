/**
 * The Stripe objects the simulator keeps, each with the fields research/next-wave.md §6 lists plus
 * what the adapter and its event mapper read (field names and nesting as in API 2026-11-18).
 * Every record is `{ account, object, sim }`: the connected account it lives on, the object exactly
 * as the API returns it, and the simulator's private state (never returned).
 */
import type { Json } from './store'

export type Metadata = Record<string, string>

export interface SimRecord<T, S = null> {
  account: string | null
  object: T
  sim: S
}

export interface AccountObject {
  id: string
  object: 'account'
  business_profile: { name: string | null }
  email: string | null
  country: 'CA'
  default_currency: 'cad'
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
  capabilities: { card_payments: 'active' | 'inactive' | 'pending'; transfers: 'active' | 'inactive' | 'pending' }
  requirements: {
    currently_due: string[]
    eventually_due: string[]
    past_due: string[]
    disabled_reason: string | null
  }
  controller: Json
  metadata: Metadata
  created: number
}
export interface AccountSim {
  returnUrl: string | null
  refreshUrl: string | null
}

export interface CustomerObject {
  id: string
  object: 'customer'
  email: string | null
  name: string | null
  invoice_settings: { default_payment_method: string | null }
  metadata: Metadata
  created: number
  livemode: false
}

export interface CheckoutLine {
  name: string
  unitAmount: number
  quantity: number
  currency: string
}

export interface CheckoutSessionObject {
  id: string
  object: 'checkout.session'
  mode: 'payment' | 'setup'
  status: 'open' | 'complete' | 'expired'
  payment_status: 'paid' | 'unpaid' | 'no_payment_required'
  amount_subtotal: number | null
  amount_total: number | null
  currency: string | null
  payment_intent: string | null
  setup_intent: string | null
  customer: string | null
  customer_email: string | null
  client_reference_id: string | null
  metadata: Metadata
  success_url: string
  cancel_url: string | null
  expires_at: number
  url: string | null
  locale: string | null
  created: number
  livemode: false
}
export interface CheckoutSim {
  lines: CheckoutLine[]
  applicationFeeAmount: number | null
  paymentIntentMetadata: Metadata
  setupFutureUsage: 'off_session' | 'on_session' | null
  setupIntentMetadata: Metadata
  /** customer_creation: 'always': a customer is made from customer_email when the session completes. */
  createCustomer: boolean
  /** A payment intent waiting on the 3-D Secure step. */
  pending3ds: boolean
}

export interface LastPaymentError {
  type: 'card_error'
  code: string
  decline_code: string | null
  message: string
  payment_method: { id: string } | null
}

export interface PaymentIntentObject {
  id: string
  object: 'payment_intent'
  amount: number
  amount_received: number
  currency: string
  status:
    'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'succeeded' | 'canceled'
  application_fee_amount: number | null
  latest_charge: string | null
  customer: string | null
  payment_method: string | null
  description: string | null
  setup_future_usage: 'off_session' | 'on_session' | null
  metadata: Metadata
  last_payment_error: LastPaymentError | null
  created: number
  livemode: false
}

export interface CardDetails {
  brand: string
  last4: string
  exp_month: number
  exp_year: number
  funding: 'credit'
  country: 'CA'
}

export interface ChargeObject {
  id: string
  object: 'charge'
  amount: number
  amount_captured: number
  amount_refunded: number
  refunded: boolean
  paid: boolean
  captured: boolean
  status: 'succeeded' | 'failed' | 'pending'
  currency: string
  payment_intent: string
  customer: string | null
  payment_method: string | null
  payment_method_details: { type: 'card'; card: CardDetails } | null
  application_fee_amount: number | null
  failure_code: string | null
  failure_message: string | null
  metadata: Metadata
  created: number
  livemode: false
}

export type OffSessionOutcome = 'succeed' | 'decline' | 'require_3ds'

export interface PaymentMethodObject {
  id: string
  object: 'payment_method'
  type: 'card'
  card: CardDetails
  customer: string | null
  billing_details: { email: string | null; name: string | null }
  metadata: Metadata
  created: number
  livemode: false
}
export interface PaymentMethodSim {
  offSession: OffSessionOutcome
}

export interface SetupIntentObject {
  id: string
  object: 'setup_intent'
  status: 'succeeded' | 'requires_payment_method'
  customer: string | null
  payment_method: string | null
  usage: 'off_session'
  metadata: Metadata
  created: number
  livemode: false
}

export interface RefundObject {
  id: string
  object: 'refund'
  amount: number
  charge: string
  payment_intent: string
  currency: string
  status: 'pending' | 'succeeded' | 'failed' | 'canceled'
  reason: 'duplicate' | 'fraudulent' | 'requested_by_customer' | null
  metadata: Metadata
  created: number
}

export interface ProductObject {
  id: string
  object: 'product'
  name: string
  active: boolean
  metadata: Metadata
  created: number
  livemode: false
}

export interface PriceObject {
  id: string
  object: 'price'
  active: boolean
  currency: string
  unit_amount: number
  product: string
  recurring: { interval: 'day' | 'week' | 'month' | 'year'; interval_count: number }
  type: 'recurring'
  created: number
  livemode: false
}

export type SubscriptionStatus =
  'incomplete' | 'incomplete_expired' | 'trialing' | 'active' | 'past_due' | 'canceled' | 'unpaid' | 'paused'

export interface SubscriptionItemObject {
  id: string
  object: 'subscription_item'
  price: PriceObject
  quantity: number
  current_period_start: number
  current_period_end: number
  subscription: string
  created: number
}

export interface SubscriptionObject {
  id: string
  object: 'subscription'
  customer: string
  status: SubscriptionStatus
  currency: string
  items: { object: 'list'; data: SubscriptionItemObject[]; has_more: false; url: string }
  cancel_at_period_end: boolean
  cancel_at: number | null
  canceled_at: number | null
  application_fee_percent: number | null
  default_payment_method: string | null
  latest_invoice: string | null
  metadata: Metadata
  start_date: number
  created: number
  livemode: false
}

export interface InvoiceObject {
  id: string
  object: 'invoice'
  customer: string
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void'
  currency: string
  amount_due: number
  amount_paid: number
  amount_remaining: number
  attempt_count: number
  attempted: boolean
  next_payment_attempt: number | null
  billing_reason: 'subscription_create' | 'subscription_cycle'
  period_start: number
  period_end: number
  parent: {
    type: 'subscription_details'
    quote_details: null
    subscription_details: { subscription: string; metadata: Metadata }
  }
  payments: {
    object: 'list'
    data: {
      id: string
      object: 'invoice_payment'
      amount_paid: number | null
      status: 'paid' | 'open'
      payment: { type: 'payment_intent'; payment_intent: string }
    }[]
    has_more: false
    url: string
  }
  metadata: Metadata
  created: number
  livemode: false
}
