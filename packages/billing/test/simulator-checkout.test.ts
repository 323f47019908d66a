import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { SimulatorActionError } from '../src/simulator'
import { idOf, onboardedAccount, paymentSession, simulatorHarness } from './simulator-harness'

describe('simulated Stripe: hosted Checkout', () => {
  it('a paid session redirects to success_url and sends the events a handler applies', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const session = await paymentSession(harness, accountId, { customer: customerId, saveCard: true })
    expect(session).toMatchObject({ status: 'open', payment_status: 'unpaid', amount_total: 5748, currency: 'cad' })
    expect(session.url).toBe(`http://localhost:3000/fr/sim/checkout/${session.id}`)
    expect(session.id).toMatch(/^cs_test_/)

    const view = await harness.simulator.getCheckout(session.id)
    expect(view).toMatchObject({ businessName: 'Piscines Laurentides', amountTotal: 5748, status: 'open' })
    expect(view?.lines).toHaveLength(2)

    const from = harness.delivered.length
    const outcome = await harness.simulator.pay(session.id, 'succeed')
    expect(outcome).toEqual({ kind: 'redirect', url: `http://x.localhost:3000/fr/pay/done?session=${session.id}` })
    const types = await harness.typesSince(from)
    expect(types).toEqual([
      'payment_intent.created',
      'payment_method.attached',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ])

    const completed = (await harness.lastOf('checkout.session.completed')).data.object as Stripe.Checkout.Session
    expect(completed).toMatchObject({
      id: session.id,
      status: 'complete',
      payment_status: 'paid',
      amount_total: 5748,
      client_reference_id: 'checkout-1',
      metadata: { checkoutId: 'checkout-1' },
    })
    const succeededEvent = await harness.lastOf('payment_intent.succeeded')
    expect(succeededEvent.account).toBe(accountId)
    const intent = succeededEvent.data.object as Stripe.PaymentIntent
    expect(intent).toMatchObject({
      amount: 5748,
      amount_received: 5748,
      application_fee_amount: 345,
      metadata: { paymentId: 'pay-1' },
      customer: customerId,
    })
    expect(completed.payment_intent).toBe(intent.id)

    // A retrieve sees what the events said; the saved card is listed on the customer.
    const retrieved = await harness.stripe.paymentIntents.retrieve(
      intent.id,
      { expand: ['latest_charge'] },
      { stripeAccount: accountId },
    )
    expect(retrieved.status).toBe('succeeded')
    expect((retrieved.latest_charge as Stripe.Charge).payment_method_details?.card?.last4).toBe('4242')
    const cards = await harness.stripe.paymentMethods.list(
      { customer: customerId, type: 'card' },
      { stripeAccount: accountId },
    )
    expect(cards.data.map((card) => card.id)).toEqual([intent.payment_method])

    await expect(harness.simulator.pay(session.id, 'succeed')).rejects.toBeInstanceOf(SimulatorActionError)
  })

  it('a declined card sends payment_intent.payment_failed with card_declined and leaves the session open', async () => {
    const harness = simulatorHarness()
    const { accountId } = await onboardedAccount(harness)
    const session = await paymentSession(harness, accountId)
    const outcome = await harness.simulator.pay(session.id, 'decline')
    expect(outcome).toMatchObject({ kind: 'declined', code: 'card_declined' })
    const failed = (await harness.lastOf('payment_intent.payment_failed')).data.object as Stripe.PaymentIntent
    expect(failed.status).toBe('requires_payment_method')
    expect(failed.last_payment_error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
    })
    expect(failed.metadata).toEqual({ paymentId: 'pay-1' })
    expect((await harness.stripe.checkout.sessions.retrieve(session.id, {}, { stripeAccount: accountId })).status).toBe(
      'open',
    )
    expect((await harness.simulator.getCheckout(session.id))?.lastError?.code).toBe('card_declined')

    // The client tries again with a good card: the same payment intent succeeds.
    await harness.simulator.pay(session.id, 'succeed')
    const succeeded = (await harness.lastOf('payment_intent.succeeded')).data.object as Stripe.PaymentIntent
    expect(succeeded.id).toBe(failed.id)
  })

  it('3-D Secure: passed completes the session, failed sends payment_failed with the authentication failure', async () => {
    const harness = simulatorHarness()
    const { accountId } = await onboardedAccount(harness)
    const passing = await paymentSession(harness, accountId)
    expect(await harness.simulator.pay(passing.id, 'require_3ds')).toEqual({ kind: 'requires_3ds' })
    expect((await harness.simulator.getCheckout(passing.id))?.awaiting3ds).toBe(true)
    expect(await harness.lastOf('payment_intent.requires_action')).toBeDefined()
    const passed = await harness.simulator.complete3ds(passing.id, true)
    expect(passed.kind).toBe('redirect')
    expect(((await harness.lastOf('checkout.session.completed')).data.object as Stripe.Checkout.Session).id).toBe(
      passing.id,
    )

    const failing = await paymentSession(harness, accountId)
    await harness.simulator.pay(failing.id, 'require_3ds')
    const from = harness.delivered.length
    expect(await harness.simulator.complete3ds(failing.id, false)).toMatchObject({
      kind: 'declined',
      code: 'payment_intent_authentication_failure',
    })
    expect(await harness.typesSince(from)).toEqual(['payment_intent.payment_failed'])
    const failed = (await harness.lastOf('payment_intent.payment_failed')).data.object as Stripe.PaymentIntent
    expect(failed.last_payment_error?.code).toBe('payment_intent_authentication_failure')
    await expect(harness.simulator.complete3ds(failing.id, true)).rejects.toMatchObject({ code: 'no_3ds_pending' })
  })

  it('cancel returns to cancel_url and keeps the session open; expiry sends checkout.session.expired', async () => {
    const harness = simulatorHarness()
    const { accountId } = await onboardedAccount(harness)
    const session = await paymentSession(harness, accountId)
    expect(await harness.simulator.cancel(session.id)).toEqual({
      kind: 'redirect',
      url: 'http://x.localhost:3000/fr/pay/cancelled',
    })
    expect(await harness.simulator.expireDue(harness.now())).toBe(0)

    harness.advance(3600)
    expect(await harness.simulator.expireDue(harness.now())).toBe(1)
    const expired = (await harness.lastOf('checkout.session.expired')).data.object as Stripe.Checkout.Session
    expect(expired).toMatchObject({
      id: session.id,
      status: 'expired',
      client_reference_id: 'checkout-1',
      metadata: { checkoutId: 'checkout-1' },
    })
    await expect(harness.simulator.pay(session.id, 'succeed')).rejects.toMatchObject({ code: 'expired' })

    // The API's expire works on an open session only.
    const other = await paymentSession(harness, accountId)
    const viaApi = await harness.stripe.checkout.sessions.expire(other.id, {}, { stripeAccount: accountId })
    expect(viaApi.status).toBe('expired')
    await expect(
      harness.stripe.checkout.sessions.expire(other.id, {}, { stripeAccount: accountId }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
  })

  it('a replayed idempotency key gives the same session; the same key with other parameters is refused', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const first = await paymentSession(harness, accountId, { key: 'checkout-1/create' })
    const again = await paymentSession(harness, accountId, { key: 'checkout-1/create' })
    expect(again.id).toBe(first.id)
    const listed = await harness.stripe.checkout.sessions.list(
      { created: { gte: first.created } },
      { stripeAccount: accountId },
    )
    expect(listed.data.map((s) => s.id)).toEqual([first.id])
    await expect(
      paymentSession(harness, accountId, { key: 'checkout-1/create', customer: customerId }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
  })

  it('a setup session attaches a card to the customer and completes without payment', async () => {
    const harness = simulatorHarness()
    const { accountId, customerId } = await onboardedAccount(harness)
    const session = await harness.stripe.checkout.sessions.create(
      {
        mode: 'setup',
        currency: 'cad',
        customer: customerId,
        success_url: 'http://x.localhost:3000/done',
        cancel_url: 'http://x.localhost:3000/back',
        setup_intent_data: { metadata: { purpose: 'card' } },
      },
      { stripeAccount: accountId },
    )
    const from = harness.delivered.length
    await harness.simulator.pay(session.id, 'succeed')
    expect(await harness.typesSince(from)).toEqual([
      'payment_method.attached',
      'setup_intent.succeeded',
      'checkout.session.completed',
    ])
    const completed = (await harness.lastOf('checkout.session.completed')).data.object as Stripe.Checkout.Session
    expect(completed).toMatchObject({ mode: 'setup', status: 'complete', payment_status: 'no_payment_required' })
    const setupIntent = await harness.stripe.setupIntents.retrieve(
      idOf(completed.setup_intent),
      {},
      { stripeAccount: accountId },
    )
    expect(setupIntent).toMatchObject({ status: 'succeeded', customer: customerId })
    const attached = (await harness.lastOf('payment_method.attached')).data.object as Stripe.PaymentMethod
    expect(attached).toMatchObject({
      id: setupIntent.payment_method,
      customer: customerId,
      card: { brand: 'visa', last4: '4242' },
    })
  })
})
