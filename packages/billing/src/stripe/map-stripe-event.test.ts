import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'
import { mapStripeEvent } from './map-stripe-event'

const account = 'acct_1Biz'

/** A fixture event as Stripe sends it, parsed by the SDK (the same path as a verified webhook). */
function event(type: string, object: Record<string, unknown>, id = `evt_${type}`) {
  return Stripe.webhooks.constructEventWithoutVerification(
    JSON.stringify({
      id,
      object: 'event',
      type,
      account,
      created: 1_796_000_000,
      api_version: '2026-11-18.endive',
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    }),
  )
}

const envelope = (type: string, id = `evt_${type}`) => ({ id, account, created: 1_796_000_000, type })

describe('mapStripeEvent', () => {
  it('account.updated → the account status', () => {
    const mapped = mapStripeEvent(
      event('account.updated', {
        id: account,
        object: 'account',
        charges_enabled: true,
        payouts_enabled: false,
        details_submitted: true,
        capabilities: { card_payments: 'active', transfers: 'active' },
        requirements: { currently_due: ['external_account'], disabled_reason: null },
      }),
    )
    expect(mapped).toEqual({
      ...envelope('account.updated'),
      kind: 'account.updated',
      status: {
        accountId: account,
        chargesEnabled: true,
        payoutsEnabled: false,
        detailsSubmitted: true,
        cardPayments: 'active',
        currentlyDue: ['external_account'],
        disabledReason: null,
      },
    })
  })

  it('an account without capabilities yet is inactive with nothing due', () => {
    const mapped = mapStripeEvent(
      event('account.updated', {
        id: account,
        object: 'account',
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
      }),
    )
    expect(mapped).toMatchObject({ status: { cardPayments: 'inactive', currentlyDue: [], disabledReason: null } })
  })

  const paidSession = {
    id: 'cs_1',
    object: 'checkout.session',
    mode: 'payment',
    status: 'complete',
    payment_status: 'paid',
    payment_intent: 'pi_1',
    setup_intent: null,
    customer: 'cus_1',
    amount_total: 8498,
    currency: 'cad',
    client_reference_id: 'ref-1',
    metadata: { checkoutId: 'c-1', count: 3, nested: { no: 'thanks' } },
  }

  it.each(['checkout.session.completed', 'checkout.session.async_payment_succeeded'])(
    '%s → checkout.completed, keeping string metadata only',
    (type) => {
      expect(mapStripeEvent(event(type, paidSession))).toEqual({
        ...envelope(type),
        kind: 'checkout.completed',
        sessionId: 'cs_1',
        mode: 'payment',
        paymentStatus: 'paid',
        paymentIntentId: 'pi_1',
        setupIntentId: null,
        customerId: 'cus_1',
        amountTotalCents: 8498,
        currency: 'cad',
        clientReferenceId: 'ref-1',
        metadata: { checkoutId: 'c-1' },
      })
    },
  )

  it('a completed setup session carries its setup intent', () => {
    const mapped = mapStripeEvent(
      event('checkout.session.completed', {
        ...paidSession,
        mode: 'setup',
        payment_status: 'no_payment_required',
        payment_intent: null,
        setup_intent: { id: 'seti_1', object: 'setup_intent' },
        amount_total: null,
      }),
    )
    expect(mapped).toMatchObject({
      kind: 'checkout.completed',
      mode: 'setup',
      paymentStatus: 'no_payment_required',
      paymentIntentId: null,
      setupIntentId: 'seti_1',
      amountTotalCents: 0,
    })
  })

  it('checkout.session.expired → checkout.expired', () => {
    expect(mapStripeEvent(event('checkout.session.expired', { ...paidSession, status: 'expired' }))).toEqual({
      ...envelope('checkout.session.expired'),
      kind: 'checkout.expired',
      sessionId: 'cs_1',
      clientReferenceId: 'ref-1',
      metadata: { checkoutId: 'c-1' },
    })
  })

  const intent = {
    id: 'pi_1',
    object: 'payment_intent',
    status: 'succeeded',
    amount: 8498,
    amount_received: 8498,
    currency: 'cad',
    application_fee_amount: 250,
    customer: 'cus_1',
    payment_method: 'pm_1',
    latest_charge: 'ch_1',
    last_payment_error: null,
    metadata: { paymentId: 'p-1' },
  }

  it('payment_intent.succeeded → payment.succeeded; the card is known only from an expanded charge', () => {
    expect(mapStripeEvent(event('payment_intent.succeeded', intent))).toEqual({
      ...envelope('payment_intent.succeeded'),
      kind: 'payment.succeeded',
      paymentIntentId: 'pi_1',
      amountCents: 8498,
      currency: 'cad',
      applicationFeeCents: 250,
      customerId: 'cus_1',
      paymentMethodId: 'pm_1',
      card: null,
      metadata: { paymentId: 'p-1' },
    })
    const expanded = mapStripeEvent(
      event('payment_intent.succeeded', {
        ...intent,
        latest_charge: {
          id: 'ch_1',
          object: 'charge',
          payment_method_details: { card: { brand: 'visa', last4: '4242' } },
        },
      }),
    )
    expect(expanded).toMatchObject({ card: { brand: 'visa', last4: '4242' } })
  })

  it('payment_intent.payment_failed → payment.failed with the codes', () => {
    const mapped = mapStripeEvent(
      event('payment_intent.payment_failed', {
        ...intent,
        status: 'requires_payment_method',
        amount_received: 0,
        last_payment_error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'generic_decline',
          message: 'Your card was declined.',
        },
      }),
    )
    expect(mapped).toEqual({
      ...envelope('payment_intent.payment_failed'),
      kind: 'payment.failed',
      paymentIntentId: 'pi_1',
      amountCents: 8498,
      failureCode: 'card_declined',
      declineCode: 'generic_decline',
      message: 'Your card was declined.',
      metadata: { paymentId: 'p-1' },
    })
  })

  const refund = {
    id: 're_1',
    object: 'refund',
    amount: 2000,
    charge: 'ch_1',
    payment_intent: 'pi_1',
    status: 'succeeded',
    created: 1_796_000_000,
    metadata: { refundId: 'r-1' },
  }

  it.each(['refund.created', 'refund.updated', 'refund.failed'])('%s → refund.updated', (type) => {
    expect(mapStripeEvent(event(type, refund))).toEqual({
      ...envelope(type),
      kind: 'refund.updated',
      refundId: 're_1',
      paymentIntentId: 'pi_1',
      amountCents: 2000,
      status: 'succeeded',
      metadata: { refundId: 'r-1' },
    })
  })

  it('a refund needing the customer’s action is still pending', () => {
    expect(mapStripeEvent(event('refund.updated', { ...refund, status: 'requires_action' }))).toMatchObject({
      status: 'pending',
    })
  })

  it('charge.refunded → its latest refund when the list came along, else ignored', () => {
    const charge = {
      id: 'ch_1',
      object: 'charge',
      amount_refunded: 3000,
      payment_intent: 'pi_1',
      metadata: {},
      refunds: {
        object: 'list',
        has_more: false,
        url: '/v1/charges/ch_1/refunds',
        data: [
          { ...refund, id: 're_old', amount: 1000, created: 1_795_000_000 },
          { ...refund, id: 're_new', amount: 2000, created: 1_796_000_000, status: 'pending' },
        ],
      },
    }
    expect(mapStripeEvent(event('charge.refunded', charge))).toMatchObject({
      kind: 'refund.updated',
      refundId: 're_new',
      amountCents: 2000,
      status: 'pending',
    })
    expect(mapStripeEvent(event('charge.refunded', { ...charge, refunds: null }))).toEqual({
      ...envelope('charge.refunded'),
      kind: 'ignored',
    })
  })

  const card = {
    id: 'pm_1',
    object: 'payment_method',
    type: 'card',
    customer: 'cus_1',
    card: { brand: 'mastercard', last4: '4444', exp_month: 12, exp_year: 2029 },
  }

  it('payment_method.attached → card.attached; detached → card.detached', () => {
    expect(mapStripeEvent(event('payment_method.attached', card))).toEqual({
      ...envelope('payment_method.attached'),
      kind: 'card.attached',
      paymentMethodId: 'pm_1',
      customerId: 'cus_1',
      card: { paymentMethodId: 'pm_1', brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2029 },
    })
    expect(mapStripeEvent(event('payment_method.detached', { ...card, customer: null }))).toEqual({
      ...envelope('payment_method.detached'),
      kind: 'card.detached',
      paymentMethodId: 'pm_1',
    })
  })

  it('a non-card payment method attached is ignored', () => {
    const { card: _card, ...bank } = card
    expect(mapStripeEvent(event('payment_method.attached', { ...bank, type: 'acss_debit' })).kind).toBe('ignored')
  })

  const subscription = {
    id: 'sub_1',
    object: 'subscription',
    customer: 'cus_1',
    status: 'active',
    cancel_at_period_end: false,
    metadata: { planSubscriptionId: 's-1' },
    items: {
      object: 'list',
      has_more: false,
      url: '/v1/subscription_items',
      data: [
        { id: 'si_1', object: 'subscription_item', current_period_end: 1_798_000_000 },
        { id: 'si_2', object: 'subscription_item', current_period_end: 1_799_000_000 },
      ],
    },
  }

  it.each(['customer.subscription.created', 'customer.subscription.updated', 'customer.subscription.deleted'])(
    '%s → subscription.updated with the period end read from the items',
    (type) => {
      expect(mapStripeEvent(event(type, subscription))).toEqual({
        ...envelope(type),
        kind: 'subscription.updated',
        subscriptionId: 'sub_1',
        customerId: 'cus_1',
        status: 'active',
        currentPeriodEnd: 1_799_000_000,
        cancelAtPeriodEnd: false,
        metadata: { planSubscriptionId: 's-1' },
      })
    },
  )

  const invoice = {
    id: 'in_1',
    object: 'invoice',
    customer: 'cus_1',
    amount_paid: 11_498,
    amount_due: 11_498,
    attempt_count: 1,
    next_payment_attempt: null,
    period_start: 1_796_000_000,
    period_end: 1_798_600_000,
    metadata: {},
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: 'sub_1', metadata: { planSubscriptionId: 's-1' } },
    },
    payments: {
      object: 'list',
      has_more: false,
      url: '/v1/invoice_payments',
      data: [
        {
          id: 'inpay_1',
          object: 'invoice_payment',
          is_default: true,
          payment: { type: 'payment_intent', payment_intent: 'pi_sub' },
        },
      ],
    },
  }

  it('invoice.paid → subscription.invoice_paid, the subscription from parent.subscription_details', () => {
    expect(mapStripeEvent(event('invoice.paid', invoice))).toEqual({
      ...envelope('invoice.paid'),
      kind: 'subscription.invoice_paid',
      stripeInvoiceId: 'in_1',
      subscriptionId: 'sub_1',
      customerId: 'cus_1',
      amountPaidCents: 11_498,
      amountDueCents: 11_498,
      attemptCount: 1,
      nextPaymentAttempt: null,
      periodStart: 1_796_000_000,
      periodEnd: 1_798_600_000,
      paymentIntentId: 'pi_sub',
      metadata: { planSubscriptionId: 's-1' },
    })
  })

  it('invoice.payment_failed → subscription.invoice_failed with the next retry', () => {
    const { payments: _payments, ...withoutPayments } = invoice
    const mapped = mapStripeEvent(
      event('invoice.payment_failed', {
        ...withoutPayments,
        amount_paid: 0,
        attempt_count: 2,
        next_payment_attempt: 1_796_300_000,
      }),
    )
    expect(mapped).toMatchObject({
      kind: 'subscription.invoice_failed',
      subscriptionId: 'sub_1',
      amountPaidCents: 0,
      attemptCount: 2,
      nextPaymentAttempt: 1_796_300_000,
      paymentIntentId: null,
    })
  })

  it('an invoice outside a subscription, and any other type, are ignored', () => {
    expect(mapStripeEvent(event('invoice.paid', { ...invoice, parent: null })).kind).toBe('ignored')
    expect(mapStripeEvent(event('payout.paid', { id: 'po_1', object: 'payout' }))).toEqual({
      ...envelope('payout.paid'),
      kind: 'ignored',
    })
  })

  it('a platform event has no account', () => {
    const platform = Stripe.webhooks.constructEventWithoutVerification(
      JSON.stringify({
        id: 'evt_p',
        object: 'event',
        type: 'payout.paid',
        created: 1,
        data: { object: { id: 'po_1' } },
      }),
    )
    expect(mapStripeEvent(platform).account).toBeNull()
  })
})
