import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { idOf, onboardedAccount, paymentSession, simulatorHarness, type Harness } from './simulator-harness'

async function paidIntent(harness: Harness, accountId: string, customerId: string) {
  const session = await paymentSession(harness, accountId, { customer: customerId, saveCard: true })
  await harness.simulator.pay(session.id, 'succeed')
  return (await harness.lastOf('payment_intent.succeeded')).data.object as Stripe.PaymentIntent
}

describe('simulated Stripe: refunds, saved cards and subscriptions', () => {
  it('refunds part of a payment, refuses an over-refund, and sends refund.created and charge.refunded', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const intent = await paidIntent(harness, accountId, customerId)
    const from = harness.delivered.length
    const refund = await harness.stripe.refunds.create(
      { payment_intent: intent.id, amount: 5000, metadata: { creditNote: 'NC-000001' } },
      { stripeAccount: accountId, idempotencyKey: 'refund-1' },
    )
    expect(refund).toMatchObject({
      status: 'succeeded',
      amount: 5000,
      payment_intent: intent.id,
      metadata: { creditNote: 'NC-000001' },
    })
    expect(refund.id).toMatch(/^re_/)
    expect(await harness.typesSince(from)).toEqual(['refund.created', 'charge.refunded'])
    const charge = (await harness.lastOf('charge.refunded')).data.object as Stripe.Charge
    expect(charge).toMatchObject({ amount: 5748, amount_refunded: 5000, refunded: false, payment_intent: intent.id })

    const over = harness.stripe.refunds.create({ payment_intent: intent.id, amount: 749 }, { stripeAccount: accountId })
    await expect(over).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    await expect(over).rejects.toMatchObject({ param: 'amount' })
    // The replayed key does not refund twice.
    const replay = await harness.stripe.refunds.create(
      { payment_intent: intent.id, amount: 5000, metadata: { creditNote: 'NC-000001' } },
      { stripeAccount: accountId, idempotencyKey: 'refund-1' },
    )
    expect(replay.id).toBe(refund.id)
    const rest = await harness.stripe.refunds.create({ payment_intent: intent.id }, { stripeAccount: accountId })
    expect(rest.amount).toBe(748)
    const listed = await harness.stripe.refunds.list({ payment_intent: intent.id }, { stripeAccount: accountId })
    expect(listed.data.map((r) => r.amount).sort()).toEqual([5000, 748].sort())
  })

  it('charges a saved card off-session; a declining card raises StripeCardError and sends payment_failed', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const first = await paidIntent(harness, accountId, customerId)
    const cardId = idOf(first.payment_method)
    const charged = await harness.stripe.paymentIntents.create(
      {
        amount: 2000,
        currency: 'cad',
        customer: customerId,
        payment_method: cardId,
        off_session: true,
        confirm: true,
        application_fee_amount: 60,
        metadata: { paymentId: 'pay-2' },
      },
      { stripeAccount: accountId, idempotencyKey: 'pay-2' },
    )
    expect(charged).toMatchObject({ status: 'succeeded', amount_received: 2000, application_fee_amount: 60 })

    await harness.simulator.setCardOutcome(cardId, 'decline')
    const declined = harness.stripe.paymentIntents.create(
      {
        amount: 2000,
        currency: 'cad',
        customer: customerId,
        payment_method: cardId,
        off_session: true,
        confirm: true,
        metadata: { paymentId: 'pay-3' },
      },
      { stripeAccount: accountId },
    )
    await expect(declined).rejects.toBeInstanceOf(Stripe.errors.StripeCardError)
    await expect(declined).rejects.toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' })
    const failed = (await harness.lastOf('payment_intent.payment_failed')).data.object as Stripe.PaymentIntent
    expect(failed.metadata).toEqual({ paymentId: 'pay-3' })

    await harness.simulator.setCardOutcome(cardId, 'require_3ds')
    await expect(
      harness.stripe.paymentIntents.create(
        {
          amount: 2000,
          currency: 'cad',
          customer: customerId,
          payment_method: cardId,
          off_session: true,
          confirm: true,
        },
        { stripeAccount: accountId },
      ),
    ).rejects.toMatchObject({ code: 'authentication_required' })

    await harness.stripe.paymentMethods.detach(cardId, {}, { stripeAccount: accountId })
    expect((await harness.lastOf('payment_method.detached')).data.object).toMatchObject({ id: cardId, customer: null })
    expect(
      (await harness.stripe.paymentMethods.list({ customer: customerId }, { stripeAccount: accountId })).data,
    ).toEqual([])
  })

  it('a subscription bills its first period, renews, fails with a retry date, and cancels at period end', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const card = idOf((await paidIntent(harness, accountId, customerId)).payment_method)
    const product = await harness.stripe.products.create(
      { name: 'Entretien hebdomadaire' },
      { stripeAccount: accountId },
    )
    const subscription = await harness.stripe.subscriptions.create(
      {
        customer: customerId,
        default_payment_method: card,
        items: [
          {
            price_data: {
              currency: 'cad',
              product: product.id,
              unit_amount: 11_498,
              recurring: { interval: 'month', interval_count: 1 },
            },
          },
        ],
        application_fee_percent: 2.9,
        metadata: { planSubscriptionId: 'ps-1' },
      },
      { stripeAccount: accountId, idempotencyKey: 'ps-1' },
    )
    expect(subscription.status).toBe('active')
    const firstInvoice = (await harness.lastOf('invoice.paid')).data.object as Stripe.Invoice
    expect(firstInvoice).toMatchObject({ amount_paid: 11_498, billing_reason: 'subscription_create' })
    expect(firstInvoice.parent?.subscription_details).toMatchObject({
      subscription: subscription.id,
      metadata: { planSubscriptionId: 'ps-1' },
    })
    expect(
      ((await harness.lastOf('payment_intent.succeeded')).data.object as Stripe.PaymentIntent).application_fee_amount,
    ).toBe(333)

    const periodEnd = subscription.items.data[0]?.current_period_end ?? 0
    const renewed = await harness.simulator.advanceSubscription(subscription.id, 'succeed')
    expect(renewed.status).toBe('active')
    expect(renewed.items.data[0]?.current_period_start).toBe(periodEnd)
    expect((await harness.lastOf('customer.subscription.updated')).data.object).toMatchObject({
      id: subscription.id,
      status: 'active',
    })

    const pastDue = await harness.simulator.advanceSubscription(subscription.id, 'decline')
    expect(pastDue.status).toBe('past_due')
    const failedInvoice = (await harness.lastOf('invoice.payment_failed')).data.object as Stripe.Invoice
    expect(failedInvoice).toMatchObject({ status: 'open', amount_paid: 0, attempt_count: 1 })
    expect(failedInvoice.next_payment_attempt).toBeGreaterThan(failedInvoice.created)

    const cancelling = await harness.stripe.subscriptions.update(
      subscription.id,
      { cancel_at_period_end: true },
      { stripeAccount: accountId },
    )
    expect(cancelling.cancel_at_period_end).toBe(true)
    expect((await harness.lastOf('customer.subscription.updated')).data.previous_attributes).toMatchObject({
      cancel_at_period_end: false,
    })
    const ended = await harness.simulator.advanceSubscription(subscription.id, 'succeed')
    expect(ended.status).toBe('canceled')
    expect((await harness.lastOf('customer.subscription.deleted')).data.object).toMatchObject({
      id: subscription.id,
      status: 'canceled',
    })
  })

  it('a default_incomplete subscription waits for its first invoice to be paid, then turns active', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const card = idOf((await paidIntent(harness, accountId, customerId)).payment_method)
    const product = await harness.stripe.products.create({ name: 'Entretien' }, { stripeAccount: accountId })
    const subscription = await harness.stripe.subscriptions.create(
      {
        customer: customerId,
        default_payment_method: card,
        items: [
          { price_data: { currency: 'cad', product: product.id, unit_amount: 5000, recurring: { interval: 'week' } } },
        ],
        payment_behavior: 'default_incomplete',
      },
      { stripeAccount: accountId },
    )
    expect(subscription.status).toBe('incomplete')
    const invoiceId = idOf(subscription.latest_invoice)
    const open = await harness.stripe.invoices.retrieve(invoiceId, {}, { stripeAccount: accountId })
    expect(open).toMatchObject({ status: 'open', attempt_count: 0, next_payment_attempt: null })
    const paid = await harness.stripe.invoices.pay(invoiceId, { off_session: true }, { stripeAccount: accountId })
    expect(paid).toMatchObject({ status: 'paid', amount_paid: 5000 })
    expect((await harness.lastOf('customer.subscription.updated')).data.object).toMatchObject({
      id: subscription.id,
      status: 'active',
    })
    await expect(harness.stripe.invoices.pay(invoiceId, {}, { stripeAccount: accountId })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    )
  })
})
