import { createCustomer, readAccount, readOwned, type AccountRecord, type CustomerRecord } from './accounts'
import { invalidRequest, SimulatorActionError } from './api-error'
import type { Unit } from './engine'
import { stripeId } from './ids'
import type {
  CheckoutLine,
  CheckoutSessionObject,
  CheckoutSim,
  Metadata,
  PaymentIntentObject,
  SimRecord,
} from './objects'
import {
  confirmPaymentIntent,
  createPaymentMethod,
  createSetupIntent,
  newPaymentIntent,
  type PaymentIntentRecord,
  type PaymentMethodRecord,
} from './payments'

export type CheckoutRecord = SimRecord<CheckoutSessionObject, CheckoutSim>

export interface CreateCheckoutParams {
  mode: 'payment' | 'setup'
  lines: CheckoutLine[]
  currency: string | null
  applicationFeeAmount: number | null
  paymentIntentMetadata: Metadata
  setupFutureUsage: 'off_session' | 'on_session' | null
  setupIntentMetadata: Metadata
  customer: string | null
  customerEmail: string | null
  createCustomer: boolean
  clientReferenceId: string | null
  metadata: Metadata
  successUrl: string
  cancelUrl: string | null
  expiresAt: number | null
  locale: string | null
}

/** What the hosted checkout page shows. */
export interface CheckoutView {
  id: string
  accountId: string
  businessName: string
  mode: 'payment' | 'setup'
  status: 'open' | 'complete' | 'expired'
  lines: CheckoutLine[]
  amountTotal: number
  currency: string
  customerEmail: string | null
  locale: string | null
  awaiting3ds: boolean
  lastError: { code: string; message: string } | null
  expiresAt: Date
}

/** Where the hosted page goes next. */
export type HostedOutcome =
  { kind: 'redirect'; url: string } | { kind: 'requires_3ds' } | { kind: 'declined'; code: string; message: string }

const MIN_EXPIRY = 30 * 60
const MAX_EXPIRY = 24 * 60 * 60

export async function createCheckoutSession(
  unit: Unit,
  account: string,
  params: CreateCheckoutParams,
  checkoutUrl: (sessionId: string, locale: string | null) => string,
): Promise<CheckoutSessionObject> {
  if (params.customer)
    await readOwned<CustomerRecord>(unit, 'customers', 'customer', account, params.customer, 'customer')
  if (params.mode === 'payment' && params.lines.length === 0)
    throw invalidRequest('line_items is required in payment mode.', { param: 'line_items' })
  if (params.mode === 'setup' && !params.customer) {
    throw invalidRequest('The simulator needs `customer` in setup mode (the card is attached to it).', {
      param: 'customer',
    })
  }
  const expiresAt = params.expiresAt ?? unit.now + MAX_EXPIRY
  if (expiresAt < unit.now + MIN_EXPIRY || expiresAt > unit.now + MAX_EXPIRY) {
    throw invalidRequest(
      'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
      { param: 'expires_at' },
    )
  }
  const currencies = new Set(params.lines.map((line) => line.currency))
  if (currencies.size > 1) throw invalidRequest('All line items must use the same currency.', { param: 'line_items' })
  const total = params.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0)
  if (params.applicationFeeAmount !== null && params.applicationFeeAmount > total) {
    throw invalidRequest('The application fee cannot exceed the amount of the payment.', {
      param: 'payment_intent_data[application_fee_amount]',
    })
  }
  const id = stripeId('cs_test', 58)
  const currency = params.mode === 'payment' ? (params.lines[0]?.currency ?? null) : params.currency
  const session: CheckoutSessionObject = {
    id,
    object: 'checkout.session',
    mode: params.mode,
    status: 'open',
    payment_status: params.mode === 'setup' ? 'no_payment_required' : 'unpaid',
    amount_subtotal: params.mode === 'payment' ? total : null,
    amount_total: params.mode === 'payment' ? total : null,
    currency,
    payment_intent: null,
    setup_intent: null,
    customer: params.customer,
    customer_email: params.customerEmail,
    client_reference_id: params.clientReferenceId,
    metadata: params.metadata,
    success_url: params.successUrl,
    cancel_url: params.cancelUrl,
    expires_at: expiresAt,
    url: checkoutUrl(id, params.locale),
    locale: params.locale,
    created: unit.now,
    livemode: false,
  }
  const record: CheckoutRecord = {
    account,
    object: session,
    sim: {
      lines: params.lines,
      applicationFeeAmount: params.applicationFeeAmount,
      paymentIntentMetadata: params.paymentIntentMetadata,
      setupFutureUsage: params.setupFutureUsage,
      setupIntentMetadata: params.setupIntentMetadata,
      createCustomer: params.createCustomer && params.customer === null,
      pending3ds: false,
    },
  }
  await unit.write('checkout_sessions', id, record)
  return session
}

async function expire(unit: Unit, record: CheckoutRecord): Promise<CheckoutSessionObject> {
  const after: CheckoutSessionObject = { ...record.object, status: 'expired', url: null }
  await unit.write('checkout_sessions', after.id, {
    ...record,
    object: after,
    sim: { ...record.sim, pending3ds: false },
  })
  if (after.payment_intent) {
    const intent = await unit.read<PaymentIntentRecord>('payment_intents', after.payment_intent)
    if (intent && intent.object.status !== 'succeeded') {
      const canceled: PaymentIntentObject = { ...intent.object, status: 'canceled' }
      await unit.write('payment_intents', canceled.id, { ...intent, object: canceled })
      unit.emit('payment_intent.canceled', record.account, canceled)
    }
  }
  unit.emit('checkout.session.expired', record.account, after)
  return after
}

/** POST /v1/checkout/sessions/:id/expire: only an open session can be expired. */
export async function expireCheckoutSession(unit: Unit, account: string, id: string): Promise<CheckoutSessionObject> {
  const record = await readOwned<CheckoutRecord>(unit, 'checkout_sessions', 'checkout.session', account, id)
  if (record.object.status !== 'open') {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${record.object.status}".`,
    )
  }
  return expire(unit, record)
}

/** Expires every open session whose expiry has passed (Stripe does it on its own clock). */
export async function expireDueSessions(unit: Unit, now: number): Promise<number> {
  const records = await unit.list<CheckoutRecord>('checkout_sessions')
  let count = 0
  for (const record of records) {
    if (record.object.status === 'open' && record.object.expires_at <= now) {
      await expire(unit, record)
      count += 1
    }
  }
  return count
}

async function openSession(unit: Unit, sessionId: string): Promise<CheckoutRecord & { account: string }> {
  const record = await unit.read<CheckoutRecord>('checkout_sessions', sessionId)
  if (!record?.account) throw new SimulatorActionError('not_found', `no simulated checkout session ${sessionId}`)
  if (record.object.status === 'open' && record.object.expires_at <= unit.now) {
    await expire(unit, record)
    throw new SimulatorActionError('expired', `checkout session ${sessionId} has expired`)
  }
  if (record.object.status === 'expired')
    throw new SimulatorActionError('expired', `checkout session ${sessionId} has expired`)
  if (record.object.status !== 'open')
    throw new SimulatorActionError('not_open', `checkout session ${sessionId} is ${record.object.status}`)
  return { ...record, account: record.account }
}

const successUrl = (session: CheckoutSessionObject) =>
  session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id)

async function complete(
  unit: Unit,
  record: CheckoutRecord & { account: string },
  intent: PaymentIntentObject | null,
  setupIntent: string | null,
): Promise<HostedOutcome> {
  const after: CheckoutSessionObject = {
    ...record.object,
    status: 'complete',
    payment_status: record.object.mode === 'payment' ? 'paid' : 'no_payment_required',
    payment_intent: intent ? intent.id : record.object.payment_intent,
    setup_intent: setupIntent,
    url: null,
  }
  await unit.write('checkout_sessions', after.id, {
    ...record,
    object: after,
    sim: { ...record.sim, pending3ds: false },
  })
  unit.emit('checkout.session.completed', record.account, after)
  return { kind: 'redirect', url: successUrl(after) }
}

async function sessionIntent(unit: Unit, record: CheckoutRecord & { account: string }): Promise<PaymentIntentObject> {
  if (record.object.payment_intent) {
    const found = await unit.read<PaymentIntentRecord>('payment_intents', record.object.payment_intent)
    if (found) return found.object
  }
  const intent = newPaymentIntent(unit, {
    amount: record.object.amount_total ?? 0,
    currency: record.object.currency ?? 'cad',
    applicationFeeAmount: record.sim.applicationFeeAmount,
    customer: record.object.customer,
    paymentMethod: null,
    description: null,
    setupFutureUsage: record.sim.setupFutureUsage,
    metadata: record.sim.paymentIntentMetadata,
  })
  await unit.write('payment_intents', intent.id, { account: record.account, object: intent, sim: null })
  unit.emit('payment_intent.created', record.account, intent)
  const withIntent: CheckoutSessionObject = { ...record.object, payment_intent: intent.id }
  record.object = withIntent
  await unit.write('checkout_sessions', withIntent.id, record)
  return intent
}

async function attempt(
  unit: Unit,
  record: CheckoutRecord & { account: string },
  outcome: 'succeed' | 'decline' | 'require_3ds' | 'fail_3ds',
): Promise<HostedOutcome> {
  const session = record.object
  if (session.mode === 'setup') {
    if (outcome === 'require_3ds') {
      await unit.write('checkout_sessions', session.id, { ...record, sim: { ...record.sim, pending3ds: true } })
      return { kind: 'requires_3ds' }
    }
    if (outcome !== 'succeed') {
      await unit.write('checkout_sessions', session.id, { ...record, sim: { ...record.sim, pending3ds: false } })
      const failure =
        outcome === 'decline'
          ? { code: 'card_declined', message: 'Your card was declined.' }
          : { code: 'setup_intent_authentication_failure', message: 'Authentication failed.' }
      return { kind: 'declined', ...failure }
    }
    const customer = session.customer ?? ''
    const method = await createPaymentMethod(unit, record.account, customer)
    const setupIntent = await createSetupIntent(
      unit,
      record.account,
      customer,
      method.id,
      record.sim.setupIntentMetadata,
    )
    return complete(unit, record, null, setupIntent.id)
  }
  if (record.sim.createCustomer && session.customer === null) {
    // Stripe makes the customer when the client pays; the card saved for later hangs on it.
    const customer = await createCustomer(unit, record.account, {
      email: session.customer_email,
      name: null,
      metadata: {},
    })
    record.object = { ...session, customer: customer.id }
    await unit.write('checkout_sessions', session.id, record)
  }
  const intent = await sessionIntent(unit, record)
  const customerId = record.object.customer
  const method = await createPaymentMethod(
    unit,
    record.account,
    record.sim.setupFutureUsage !== null ? customerId : null,
  )
  const after = await confirmPaymentIntent(unit, record.account, intent, method, outcome)
  if (after.status === 'requires_action') {
    await unit.write('checkout_sessions', session.id, { ...record, sim: { ...record.sim, pending3ds: true } })
    return { kind: 'requires_3ds' }
  }
  if (after.last_payment_error) {
    await unit.write('checkout_sessions', session.id, { ...record, sim: { ...record.sim, pending3ds: false } })
    return { kind: 'declined', code: after.last_payment_error.code, message: after.last_payment_error.message }
  }
  return complete(unit, record, after, null)
}

export async function paySession(
  unit: Unit,
  sessionId: string,
  outcome: 'succeed' | 'decline' | 'require_3ds',
): Promise<HostedOutcome> {
  const record = await openSession(unit, sessionId)
  return attempt(unit, record, outcome)
}

export async function complete3dsSession(unit: Unit, sessionId: string, passed: boolean): Promise<HostedOutcome> {
  const record = await openSession(unit, sessionId)
  if (!record.sim.pending3ds)
    throw new SimulatorActionError('no_3ds_pending', `checkout session ${sessionId} awaits no 3-D Secure step`)
  if (record.object.mode === 'setup') return attempt(unit, record, passed ? 'succeed' : 'fail_3ds')
  const intent = await sessionIntent(unit, record)
  const methodId = intent.payment_method
  const method = methodId ? await unit.read<PaymentMethodRecord>('payment_methods', methodId) : null
  if (!method)
    throw new SimulatorActionError('no_3ds_pending', `checkout session ${sessionId} has no card awaiting 3-D Secure`)
  const after = await confirmPaymentIntent(unit, record.account, intent, method.object, passed ? 'succeed' : 'fail_3ds')
  if (after.last_payment_error) {
    await unit.write('checkout_sessions', record.object.id, { ...record, sim: { ...record.sim, pending3ds: false } })
    return { kind: 'declined', code: after.last_payment_error.code, message: after.last_payment_error.message }
  }
  return complete(unit, record, after, null)
}

/** "Back" on the hosted page: Stripe sends the client to cancel_url; the session stays open until it expires. */
export async function cancelSession(unit: Unit, sessionId: string): Promise<HostedOutcome> {
  const record = await openSession(unit, sessionId)
  return { kind: 'redirect', url: record.object.cancel_url ?? successUrl(record.object) }
}

export async function viewSession(unit: Unit, sessionId: string): Promise<CheckoutView | null> {
  const record = await unit.read<CheckoutRecord>('checkout_sessions', sessionId)
  if (!record?.account) return null
  const account: AccountRecord = await readAccount(unit, record.account)
  let lastError: CheckoutView['lastError'] = null
  if (record.object.payment_intent) {
    const intent = await unit.read<PaymentIntentRecord>('payment_intents', record.object.payment_intent)
    const error = intent?.object.last_payment_error
    if (error) lastError = { code: error.code, message: error.message }
  }
  const expired =
    record.object.status === 'expired' || (record.object.status === 'open' && record.object.expires_at <= unit.now)
  return {
    id: record.object.id,
    accountId: record.account,
    businessName: account.object.business_profile.name ?? account.object.id,
    mode: record.object.mode,
    status: expired ? 'expired' : record.object.status,
    lines: record.sim.lines,
    amountTotal: record.object.amount_total ?? 0,
    currency: record.object.currency ?? 'cad',
    customerEmail: record.object.customer_email,
    locale: record.object.locale,
    awaiting3ds: record.sim.pending3ds,
    lastError,
    expiresAt: new Date(record.object.expires_at * 1000),
  }
}
