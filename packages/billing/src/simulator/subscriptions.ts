import { readOwned, type CustomerRecord } from './accounts'
import { invalidRequest, SimulatorActionError, StripeApiError } from './api-error'
import type { Unit } from './engine'
import { stripeId } from './ids'
import type {
  InvoiceObject,
  Metadata,
  PaymentIntentObject,
  PriceObject,
  ProductObject,
  SimRecord,
  SubscriptionObject,
} from './objects'
import { confirmPaymentIntent, newPaymentIntent, type PaymentMethodRecord } from './payments'

export type ProductRecord = SimRecord<ProductObject>
export type SubscriptionRecord = SimRecord<SubscriptionObject>
export type InvoiceRecord = SimRecord<InvoiceObject>

const RETRY_DELAY = 3 * 24 * 60 * 60
const MAX_ATTEMPTS = 4

export async function createProduct(
  unit: Unit,
  account: string,
  params: { name: string; metadata: Metadata },
): Promise<ProductObject> {
  const product: ProductObject = {
    id: stripeId('prod', 14),
    object: 'product',
    name: params.name,
    active: true,
    metadata: params.metadata,
    created: unit.now,
    livemode: false,
  }
  await unit.write('products', product.id, { account, object: product, sim: null })
  return product
}

/** The end of a period that starts at `start` (seconds), in UTC calendar terms for months. */
export function periodEnd(start: number, interval: PriceObject['recurring']['interval'], count: number): number {
  const date = new Date(start * 1000)
  if (interval === 'day') date.setUTCDate(date.getUTCDate() + count)
  else if (interval === 'week') date.setUTCDate(date.getUTCDate() + 7 * count)
  else if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + count)
  else date.setUTCFullYear(date.getUTCFullYear() + count)
  return Math.floor(date.getTime() / 1000)
}

/**
 * Bills one period: an invoice, its payment intent on the connected account (the platform's share
 * as application fee), and invoice.paid or invoice.payment_failed.
 */
async function billPeriod(
  unit: Unit,
  account: string,
  subscription: SubscriptionObject,
  reason: InvoiceObject['billing_reason'],
  start: number,
  end: number,
  outcome: 'succeed' | 'decline' | null,
  attempt: number,
  charge = true,
): Promise<InvoiceObject> {
  const item = subscription.items.data[0]
  const amount = item ? item.price.unit_amount * item.quantity : 0
  const fee =
    subscription.application_fee_percent === null
      ? null
      : Math.round((amount * subscription.application_fee_percent) / 100)
  const intent = newPaymentIntent(unit, {
    amount,
    currency: subscription.currency,
    applicationFeeAmount: fee,
    customer: subscription.customer,
    paymentMethod: subscription.default_payment_method,
    description: 'Subscription update',
    setupFutureUsage: null,
    metadata: {},
  })
  await unit.write('payment_intents', intent.id, { account, object: intent, sim: null })
  const invoiceId = stripeId('in')
  const method =
    subscription.default_payment_method && charge
      ? await unit.read<PaymentMethodRecord>('payment_methods', subscription.default_payment_method)
      : null
  const wanted = outcome ?? (method ? (method.sim.offSession === 'succeed' ? 'succeed' : 'decline') : null)
  const paidIntent =
    method && wanted ? await confirmPaymentIntent(unit, account, intent, method.object, wanted) : intent
  const paid = paidIntent.status === 'succeeded'
  const invoice: InvoiceObject = {
    id: invoiceId,
    object: 'invoice',
    customer: subscription.customer,
    status: paid ? 'paid' : 'open',
    currency: subscription.currency,
    amount_due: amount,
    amount_paid: paid ? amount : 0,
    amount_remaining: paid ? 0 : amount,
    attempt_count: method ? attempt : 0,
    attempted: method !== null,
    next_payment_attempt: paid || !method || attempt >= MAX_ATTEMPTS ? null : unit.now + RETRY_DELAY,
    billing_reason: reason,
    period_start: start,
    period_end: end,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
    },
    payments: {
      object: 'list',
      data: [
        {
          id: stripeId('inpay'),
          object: 'invoice_payment',
          amount_paid: paid ? amount : null,
          status: paid ? 'paid' : 'open',
          payment: { type: 'payment_intent', payment_intent: intent.id },
        },
      ],
      has_more: false,
      url: `/v1/invoice_payments?invoice=${invoiceId}`,
    },
    metadata: {},
    created: unit.now,
    livemode: false,
  }
  await unit.write('invoices', invoice.id, { account, object: invoice, sim: null })
  unit.emit('invoice.created', account, invoice)
  if (method) unit.emit(paid ? 'invoice.paid' : 'invoice.payment_failed', account, invoice)
  return invoice
}

export interface CreateSubscriptionParams {
  customer: string
  defaultPaymentMethod: string | null
  price: {
    currency: string
    product: string
    unitAmount: number
    interval: PriceObject['recurring']['interval']
    intervalCount: number
  }
  quantity: number
  applicationFeePercent: number | null
  cancelAt: number | null
  metadata: Metadata
  /** payment_behavior other than default_incomplete: the first invoice is charged at once. */
  attemptFirstInvoice: boolean
}

export async function createSubscription(
  unit: Unit,
  account: string,
  params: CreateSubscriptionParams,
): Promise<SubscriptionObject> {
  await readOwned<CustomerRecord>(unit, 'customers', 'customer', account, params.customer, 'customer')
  await readOwned<ProductRecord>(
    unit,
    'products',
    'product',
    account,
    params.price.product,
    'items[0][price_data][product]',
  )
  if (params.defaultPaymentMethod) {
    const method = await readOwned<PaymentMethodRecord>(
      unit,
      'payment_methods',
      'PaymentMethod',
      account,
      params.defaultPaymentMethod,
      'default_payment_method',
    )
    if (method.object.customer !== params.customer)
      throw invalidRequest('The payment method must be attached to the customer.', { param: 'default_payment_method' })
  }
  if (params.cancelAt !== null && params.cancelAt <= unit.now)
    throw invalidRequest('cancel_at must be in the future.', { param: 'cancel_at' })
  const id = stripeId('sub')
  const end = periodEnd(unit.now, params.price.interval, params.price.intervalCount)
  const price: PriceObject = {
    id: stripeId('price'),
    object: 'price',
    active: true,
    currency: params.price.currency,
    unit_amount: params.price.unitAmount,
    product: params.price.product,
    recurring: { interval: params.price.interval, interval_count: params.price.intervalCount },
    type: 'recurring',
    created: unit.now,
    livemode: false,
  }
  const draft: SubscriptionObject = {
    id,
    object: 'subscription',
    customer: params.customer,
    status: 'incomplete',
    currency: params.price.currency,
    items: {
      object: 'list',
      data: [
        {
          id: stripeId('si', 14),
          object: 'subscription_item',
          price,
          quantity: params.quantity,
          current_period_start: unit.now,
          current_period_end: end,
          subscription: id,
          created: unit.now,
        },
      ],
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    cancel_at_period_end: false,
    cancel_at: params.cancelAt,
    canceled_at: null,
    application_fee_percent: params.applicationFeePercent,
    default_payment_method: params.defaultPaymentMethod,
    latest_invoice: null,
    metadata: params.metadata,
    start_date: unit.now,
    created: unit.now,
    livemode: false,
  }
  const invoice = await billPeriod(
    unit,
    account,
    draft,
    'subscription_create',
    unit.now,
    end,
    null,
    1,
    params.attemptFirstInvoice,
  )
  const created: SubscriptionObject = {
    ...draft,
    status: invoice.status === 'paid' ? 'active' : 'incomplete',
    latest_invoice: invoice.id,
  }
  await unit.write('subscriptions', id, { account, object: created, sim: null })
  unit.emit('customer.subscription.created', account, created)
  return created
}

export async function updateSubscription(
  unit: Unit,
  account: string,
  id: string,
  params: {
    cancelAtPeriodEnd: boolean | undefined
    defaultPaymentMethod: string | undefined
    metadata: Metadata | undefined
  },
): Promise<SubscriptionObject> {
  const record = await readOwned<SubscriptionRecord>(unit, 'subscriptions', 'subscription', account, id)
  const before = record.object
  if (before.status === 'canceled')
    throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.')
  const after: SubscriptionObject = {
    ...before,
    cancel_at_period_end: params.cancelAtPeriodEnd ?? before.cancel_at_period_end,
    default_payment_method: params.defaultPaymentMethod ?? before.default_payment_method,
    metadata: params.metadata ? { ...before.metadata, ...params.metadata } : before.metadata,
  }
  await unit.write('subscriptions', id, { ...record, object: after })
  unit.emit('customer.subscription.updated', account, after, {
    cancel_at_period_end: before.cancel_at_period_end,
    default_payment_method: before.default_payment_method,
  })
  return after
}

export async function cancelSubscription(unit: Unit, account: string, id: string): Promise<SubscriptionObject> {
  const record = await readOwned<SubscriptionRecord>(unit, 'subscriptions', 'subscription', account, id)
  if (record.object.status === 'canceled')
    throw invalidRequest(`No such subscription: '${id}'`, { code: 'resource_missing' })
  const after: SubscriptionObject = { ...record.object, status: 'canceled', canceled_at: unit.now }
  await unit.write('subscriptions', id, { ...record, object: after })
  unit.emit('customer.subscription.deleted', account, after, { status: record.object.status })
  return after
}

/**
 * Moves a subscription to its next period as Stripe's billing clock would: renews (invoice.paid,
 * customer.subscription.updated) or fails (invoice.payment_failed, past_due); a subscription set to
 * cancel at period end, or whose cancel_at has come, is canceled instead.
 */
export async function advanceSubscription(
  unit: Unit,
  id: string,
  outcome: 'succeed' | 'decline',
): Promise<SubscriptionObject> {
  const record = await unit.read<SubscriptionRecord>('subscriptions', id)
  if (!record?.account) throw new SimulatorActionError('not_found', `no simulated subscription ${id}`)
  const account = record.account
  const before = record.object
  const item = before.items.data[0]
  if (!item || before.status === 'canceled')
    throw new SimulatorActionError('not_open', `subscription ${id} is ${before.status}`)
  const start = item.current_period_end
  if (before.cancel_at_period_end || (before.cancel_at !== null && before.cancel_at <= start)) {
    const canceled: SubscriptionObject = { ...before, status: 'canceled', canceled_at: start }
    await unit.write('subscriptions', id, { ...record, object: canceled })
    unit.emit('customer.subscription.deleted', account, canceled, { status: before.status })
    return canceled
  }
  const end = periodEnd(start, item.price.recurring.interval, item.price.recurring.interval_count)
  const previousInvoice = before.latest_invoice
    ? await unit.read<InvoiceRecord>('invoices', before.latest_invoice)
    : null
  const attempt = before.status === 'past_due' && previousInvoice ? previousInvoice.object.attempt_count + 1 : 1
  const invoice = await billPeriod(unit, account, before, 'subscription_cycle', start, end, outcome, attempt)
  const paid = invoice.status === 'paid'
  const after: SubscriptionObject = {
    ...before,
    status: paid ? 'active' : 'past_due',
    latest_invoice: invoice.id,
    items: { ...before.items, data: [{ ...item, current_period_start: start, current_period_end: end }] },
  }
  await unit.write('subscriptions', id, { ...record, object: after })
  unit.emit('customer.subscription.updated', account, after, {
    status: before.status,
    items: before.items,
    latest_invoice: before.latest_invoice,
  })
  return after
}

/**
 * POST /v1/invoices/:id/pay: charges an open subscription invoice with the given card, else the
 * subscription's or the customer's default (how an `incomplete` subscription made with
 * `payment_behavior: 'default_incomplete'` gets paid). A decline is Stripe's 402.
 */
export async function payInvoice(
  unit: Unit,
  account: string,
  id: string,
  paymentMethod: string | null,
): Promise<InvoiceObject> {
  const record = await readOwned<InvoiceRecord>(unit, 'invoices', 'invoice', account, id)
  const invoice = record.object
  if (invoice.status !== 'open')
    throw invalidRequest(`Invoice is already ${invoice.status}`, { code: 'invoice_not_editable' })
  const subscriptionId = invoice.parent.subscription_details.subscription
  const subscription = await readOwned<SubscriptionRecord>(
    unit,
    'subscriptions',
    'subscription',
    account,
    subscriptionId,
  )
  const customer = await readOwned<CustomerRecord>(unit, 'customers', 'customer', account, invoice.customer)
  const methodId =
    paymentMethod ??
    subscription.object.default_payment_method ??
    customer.object.invoice_settings.default_payment_method
  if (!methodId)
    throw invalidRequest('This customer has no attached payment source or default payment method.', {
      code: 'invoice_no_customer_line_items',
    })
  const method = await readOwned<PaymentMethodRecord>(
    unit,
    'payment_methods',
    'PaymentMethod',
    account,
    methodId,
    'payment_method',
  )
  const intentId = invoice.payments.data[0]?.payment.payment_intent ?? ''
  const intent = await readOwned<SimRecord<PaymentIntentObject>>(
    unit,
    'payment_intents',
    'payment_intent',
    account,
    intentId,
  )
  const outcome = method.sim.offSession === 'succeed' ? 'succeed' : 'decline'
  const charged = await confirmPaymentIntent(unit, account, intent.object, method.object, outcome)
  const paid = charged.status === 'succeeded'
  const after: InvoiceObject = {
    ...invoice,
    status: paid ? 'paid' : 'open',
    amount_paid: paid ? invoice.amount_due : 0,
    amount_remaining: paid ? 0 : invoice.amount_due,
    attempt_count: invoice.attempt_count + 1,
    attempted: true,
    next_payment_attempt: paid ? null : invoice.next_payment_attempt,
    payments: {
      ...invoice.payments,
      data: invoice.payments.data.map((entry) => ({
        ...entry,
        status: paid ? 'paid' : 'open',
        amount_paid: paid ? invoice.amount_due : null,
      })),
    },
  }
  await unit.write('invoices', id, { ...record, object: after })
  unit.emit(paid ? 'invoice.paid' : 'invoice.payment_failed', account, after)
  if (paid && subscription.object.status !== 'active') {
    const active: SubscriptionObject = { ...subscription.object, status: 'active' }
    await unit.write('subscriptions', subscriptionId, { ...subscription, object: active })
    unit.emit('customer.subscription.updated', account, active, { status: subscription.object.status })
  }
  if (!paid && charged.last_payment_error) {
    const error = charged.last_payment_error
    throw new StripeApiError(402, 'card_error', error.message, {
      code: error.code,
      decline_code: error.decline_code,
      payment_intent: charged,
    })
  }
  return after
}
