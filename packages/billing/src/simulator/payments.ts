import { invalidRequest, StripeApiError } from './api-error'
import { readOwned, type CustomerRecord } from './accounts'
import type { Unit } from './engine'
import { stripeId } from './ids'
import type {
  CardDetails,
  ChargeObject,
  LastPaymentError,
  Metadata,
  OffSessionOutcome,
  PaymentIntentObject,
  PaymentMethodObject,
  PaymentMethodSim,
  RefundObject,
  SetupIntentObject,
  SimRecord,
} from './objects'

export type PaymentIntentRecord = SimRecord<PaymentIntentObject>
export type ChargeRecord = SimRecord<ChargeObject>
export type PaymentMethodRecord = SimRecord<PaymentMethodObject, PaymentMethodSim>
export type SetupIntentRecord = SimRecord<SetupIntentObject>
export type RefundRecord = SimRecord<RefundObject>

/** Stripe's test card, as a card entered on the hosted page. */
export function testCard(now: number): CardDetails {
  const year = new Date(now * 1000).getUTCFullYear()
  return { brand: 'visa', last4: '4242', exp_month: 12, exp_year: year + 3, funding: 'credit', country: 'CA' }
}

export const DECLINED: Omit<LastPaymentError, 'payment_method'> = {
  type: 'card_error',
  code: 'card_declined',
  decline_code: 'generic_decline',
  message: 'Your card was declined.',
}
export const AUTHENTICATION_FAILED: Omit<LastPaymentError, 'payment_method'> = {
  type: 'card_error',
  code: 'payment_intent_authentication_failure',
  decline_code: null,
  message:
    'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
}
export const AUTHENTICATION_REQUIRED: Omit<LastPaymentError, 'payment_method'> = {
  type: 'card_error',
  code: 'authentication_required',
  decline_code: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
}

export async function createPaymentMethod(
  unit: Unit,
  account: string,
  customer: string | null,
  offSession: OffSessionOutcome = 'succeed',
) {
  const method: PaymentMethodObject = {
    id: stripeId('pm'),
    object: 'payment_method',
    type: 'card',
    card: testCard(unit.now),
    customer,
    billing_details: { email: null, name: null },
    metadata: {},
    created: unit.now,
    livemode: false,
  }
  const record: PaymentMethodRecord = { account, object: method, sim: { offSession } }
  await unit.write('payment_methods', method.id, record)
  if (customer) unit.emit('payment_method.attached', account, method)
  return method
}

export function newPaymentIntent(
  unit: Unit,
  params: {
    amount: number
    currency: string
    applicationFeeAmount: number | null
    customer: string | null
    paymentMethod: string | null
    description: string | null
    setupFutureUsage: 'off_session' | 'on_session' | null
    metadata: Metadata
  },
): PaymentIntentObject {
  return {
    id: stripeId('pi'),
    object: 'payment_intent',
    amount: params.amount,
    amount_received: 0,
    currency: params.currency,
    status: params.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    application_fee_amount: params.applicationFeeAmount,
    latest_charge: null,
    customer: params.customer,
    payment_method: params.paymentMethod,
    description: params.description,
    setup_future_usage: params.setupFutureUsage,
    metadata: params.metadata,
    last_payment_error: null,
    created: unit.now,
    livemode: false,
  }
}

async function charge(
  unit: Unit,
  account: string,
  intent: PaymentIntentObject,
  method: PaymentMethodObject,
  failure: Omit<LastPaymentError, 'payment_method'> | null,
) {
  const created: ChargeObject = {
    id: stripeId('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: failure ? 0 : intent.amount,
    amount_refunded: 0,
    refunded: false,
    paid: !failure,
    captured: !failure,
    status: failure ? 'failed' : 'succeeded',
    currency: intent.currency,
    payment_intent: intent.id,
    customer: intent.customer,
    payment_method: method.id,
    payment_method_details: { type: 'card', card: method.card },
    application_fee_amount: failure ? null : intent.application_fee_amount,
    failure_code: failure ? failure.code : null,
    failure_message: failure ? failure.message : null,
    metadata: intent.metadata,
    created: unit.now,
    livemode: false,
  }
  const record: ChargeRecord = { account, object: created, sim: null }
  await unit.write('charges', created.id, record)
  return created
}

/** Confirms `intent` with `method`: a charge, the intent's new state, and the events Stripe sends. */
export async function confirmPaymentIntent(
  unit: Unit,
  account: string,
  intent: PaymentIntentObject,
  method: PaymentMethodObject,
  outcome: 'succeed' | 'decline' | 'require_3ds' | 'fail_3ds' | 'require_auth_off_session',
): Promise<PaymentIntentObject> {
  if (outcome === 'require_3ds') {
    const waiting: PaymentIntentObject = {
      ...intent,
      status: 'requires_action',
      payment_method: method.id,
      last_payment_error: null,
    }
    await unit.write('payment_intents', intent.id, { account, object: waiting, sim: null })
    unit.emit('payment_intent.requires_action', account, waiting)
    return waiting
  }
  const failure =
    outcome === 'decline'
      ? DECLINED
      : outcome === 'fail_3ds'
        ? AUTHENTICATION_FAILED
        : outcome === 'require_auth_off_session'
          ? AUTHENTICATION_REQUIRED
          : null
  // A failed 3-D Secure step charges nothing: Stripe records no charge for it.
  const made = outcome === 'fail_3ds' ? null : await charge(unit, account, intent, method, failure)
  const after: PaymentIntentObject = failure
    ? {
        ...intent,
        status: 'requires_payment_method',
        payment_method: null,
        latest_charge: made ? made.id : intent.latest_charge,
        last_payment_error: { ...failure, payment_method: { id: method.id } },
      }
    : {
        ...intent,
        status: 'succeeded',
        amount_received: intent.amount,
        payment_method: method.id,
        latest_charge: made ? made.id : null,
        last_payment_error: null,
      }
  await unit.write('payment_intents', intent.id, { account, object: after, sim: null })
  if (made) unit.emit(failure ? 'charge.failed' : 'charge.succeeded', account, made)
  unit.emit(failure ? 'payment_intent.payment_failed' : 'payment_intent.succeeded', account, after)
  return after
}

/** POST /v1/payment_intents with confirm + off_session: a saved card charged without the client. */
export async function createPaymentIntent(
  unit: Unit,
  account: string,
  params: {
    amount: number
    currency: string
    customer: string | null
    paymentMethod: string | null
    applicationFeeAmount: number | null
    description: string | null
    metadata: Metadata
    confirm: boolean
    offSession: boolean
  },
): Promise<PaymentIntentObject> {
  if (params.customer)
    await readOwned<CustomerRecord>(unit, 'customers', 'customer', account, params.customer, 'customer')
  const method = params.paymentMethod
    ? await readOwned<PaymentMethodRecord>(
        unit,
        'payment_methods',
        'PaymentMethod',
        account,
        params.paymentMethod,
        'payment_method',
      )
    : null
  if (method && params.customer && method.object.customer !== params.customer) {
    throw invalidRequest(
      `The provided PaymentMethod ${method.object.id} is not attached to customer ${params.customer}.`,
      { param: 'payment_method' },
    )
  }
  const intent = newPaymentIntent(unit, {
    amount: params.amount,
    currency: params.currency,
    applicationFeeAmount: params.applicationFeeAmount,
    customer: params.customer,
    paymentMethod: method ? method.object.id : null,
    description: params.description,
    setupFutureUsage: null,
    metadata: params.metadata,
  })
  await unit.write('payment_intents', intent.id, { account, object: intent, sim: null })
  unit.emit('payment_intent.created', account, intent)
  if (!params.confirm || !method) return intent
  const wanted = method.sim.offSession
  const outcome = wanted === 'require_3ds' ? (params.offSession ? 'require_auth_off_session' : 'require_3ds') : wanted
  const after = await confirmPaymentIntent(unit, account, intent, method.object, outcome)
  if (after.last_payment_error) {
    // Stripe answers a declined confirmation with 402 and the intent inside the error.
    const error = after.last_payment_error
    throw new StripeApiError(402, 'card_error', error.message, {
      code: error.code,
      decline_code: error.decline_code,
      payment_intent: after,
      charge: after.latest_charge,
    })
  }
  return after
}

export async function createSetupIntent(
  unit: Unit,
  account: string,
  customer: string,
  method: string,
  metadata: Metadata,
) {
  const intent: SetupIntentObject = {
    id: stripeId('seti'),
    object: 'setup_intent',
    status: 'succeeded',
    customer,
    payment_method: method,
    usage: 'off_session',
    metadata,
    created: unit.now,
    livemode: false,
  }
  await unit.write('setup_intents', intent.id, { account, object: intent, sim: null })
  unit.emit('setup_intent.succeeded', account, intent)
  return intent
}

export async function detachPaymentMethod(unit: Unit, account: string, id: string): Promise<PaymentMethodObject> {
  const record = await readOwned<PaymentMethodRecord>(unit, 'payment_methods', 'PaymentMethod', account, id)
  if (!record.object.customer)
    throw invalidRequest(`The payment method you provided is not attached to a customer so detachment is impossible.`)
  const after: PaymentMethodObject = { ...record.object, customer: null }
  await unit.write('payment_methods', id, { ...record, object: after })
  unit.emit('payment_method.detached', account, after, { customer: record.object.customer })
  return after
}

export async function attachPaymentMethod(
  unit: Unit,
  account: string,
  id: string,
  customer: string,
): Promise<PaymentMethodObject> {
  const record = await readOwned<PaymentMethodRecord>(unit, 'payment_methods', 'PaymentMethod', account, id)
  await readOwned<CustomerRecord>(unit, 'customers', 'customer', account, customer, 'customer')
  const after: PaymentMethodObject = { ...record.object, customer }
  await unit.write('payment_methods', id, { ...record, object: after })
  unit.emit('payment_method.attached', account, after)
  return after
}

export async function createRefund(
  unit: Unit,
  account: string,
  params: { paymentIntent: string; amount: number | null; reason: RefundObject['reason']; metadata: Metadata },
): Promise<RefundObject> {
  const intent = await readOwned<PaymentIntentRecord>(
    unit,
    'payment_intents',
    'payment_intent',
    account,
    params.paymentIntent,
    'payment_intent',
  )
  const chargeId = intent.object.latest_charge
  if (intent.object.status !== 'succeeded' || !chargeId) {
    throw invalidRequest(`This PaymentIntent (${intent.object.id}) does not have a successful charge to refund.`, {
      param: 'payment_intent',
    })
  }
  const charged = await readOwned<ChargeRecord>(unit, 'charges', 'charge', account, chargeId, 'charge')
  const left = charged.object.amount - charged.object.amount_refunded
  if (left === 0) {
    throw invalidRequest(`Charge ${chargeId} has already been refunded.`, { code: 'charge_already_refunded' })
  }
  const amount = params.amount ?? left
  if (amount > left) {
    const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`
    throw invalidRequest(
      `Refund amount (${dollars(amount)}) is greater than unrefunded amount on charge (${dollars(left)})`,
      { param: 'amount' },
    )
  }
  const refund: RefundObject = {
    id: stripeId('re'),
    object: 'refund',
    amount,
    charge: chargeId,
    payment_intent: intent.object.id,
    currency: intent.object.currency,
    status: 'succeeded',
    reason: params.reason,
    metadata: params.metadata,
    created: unit.now,
  }
  await unit.write('refunds', refund.id, { account, object: refund, sim: null })
  const refundedTotal = charged.object.amount_refunded + amount
  const after: ChargeObject = {
    ...charged.object,
    amount_refunded: refundedTotal,
    refunded: refundedTotal === charged.object.amount,
  }
  await unit.write('charges', chargeId, { ...charged, object: after })
  unit.emit('refund.created', account, refund)
  unit.emit('charge.refunded', account, after, {
    amount_refunded: charged.object.amount_refunded,
    refunded: charged.object.refunded,
  })
  return refund
}
