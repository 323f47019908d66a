import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PaymentsProviderError, type OffSessionChargeInput, type PaymentsPort } from '../src/payments/port'
import { createStripePayments } from '../src/stripe'
import {
  list,
  startFakeStripeServer,
  stripeError,
  type FakeStripeServer,
  type RecordedRequest,
} from './support/fake-stripe-server'

const account = 'acct_1Biz'
const now = new Date('2026-12-07T12:00:00Z')
const nowSeconds = Math.floor(now.getTime() / 1000)
const secretKey = 'sk_test_adapterSecret123'

let server: FakeStripeServer
let payments: PaymentsPort

beforeAll(async () => {
  server = await startFakeStripeServer()
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.requests.length = 0
  payments = createStripePayments({
    mode: 'stripe',
    secretKey,
    webhookSecret: 'whsec_platform',
    connectWebhookSecret: 'whsec_connect',
    host: '127.0.0.1',
    port: server.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    now: () => now,
  })
})

function only(): RecordedRequest {
  expect(server.requests).toHaveLength(1)
  const [request] = server.requests
  if (request === undefined) throw new Error('no request')
  return request
}

const session = (overrides: Record<string, unknown> = {}) => ({
  id: 'cs_test_1',
  object: 'checkout.session',
  url: 'https://checkout.stripe.com/c/pay/cs_test_1',
  expires_at: nowSeconds + 3600,
  ...overrides,
})

describe('Connect onboarding', () => {
  it('creates an Express-dashboard account the platform is liable for, under the caller key, on the platform', async () => {
    server.on('POST', '/v1/accounts', { body: { id: 'acct_new', object: 'account' } })
    const tenantId = '0193a3c0-0000-7000-8000-000000000001'
    const result = await payments.createConnectedAccount(
      { tenantId, businessName: 'Salon Lumière', email: 'owner@example.com' },
      `connect_account:${tenantId}`,
    )
    expect(result).toEqual({ accountId: 'acct_new' })
    const request = only()
    expect(request.headers['idempotency-key']).toBe(`connect_account:${tenantId}`)
    expect(request.headers['stripe-account']).toBeUndefined()
    expect(request.headers.authorization).toBe(`Bearer ${secretKey}`)
    expect(Object.fromEntries(request.body)).toMatchObject({
      country: 'CA',
      'controller[fees][payer]': 'application',
      'controller[losses][payments]': 'application',
      'controller[stripe_dashboard][type]': 'express',
      'capabilities[card_payments][requested]': 'true',
      'capabilities[transfers][requested]': 'true',
      'metadata[tenantId]': tenantId,
      'business_profile[name]': 'Salon Lumière',
    })
  })

  it('creates an onboarding link and reads an account status', async () => {
    server.on('POST', '/v1/account_links', {
      body: { object: 'account_link', url: 'https://connect.stripe.com/setup/e/x' },
    })
    server.on('GET', `/v1/accounts/${account}`, {
      body: {
        id: account,
        object: 'account',
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: true,
        capabilities: { card_payments: 'pending', transfers: 'pending' },
        requirements: { currently_due: ['external_account'], disabled_reason: 'requirements.pending_verification' },
      },
    })
    const link = await payments.createAccountLink(
      { accountId: account, refreshUrl: 'https://a.example/refresh', returnUrl: 'https://a.example/return' },
      `account_link:${account}:1`,
    )
    expect(link.url).toBe('https://connect.stripe.com/setup/e/x')
    expect(server.requests[0]?.body.get('type')).toBe('account_onboarding')
    expect(server.requests[0]?.body.get('account')).toBe(account)
    expect(server.requests[0]?.headers['idempotency-key']).toBe(`account_link:${account}:1`)

    expect(await payments.retrieveAccount(account)).toEqual({
      accountId: account,
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: true,
      cardPayments: 'pending',
      currentlyDue: ['external_account'],
      disabledReason: 'requirements.pending_verification',
    })
  })
})

describe('checkout', () => {
  const input = {
    accountId: account,
    lineItems: [
      { name: 'Coupe et coiffure', amountCents: 5000, quantity: 1 },
      { name: 'Soin', amountCents: 1749, quantity: 2 },
    ],
    currency: 'cad' as const,
    applicationFeeCents: 345,
    clientReferenceId: '0193a3c0-0000-7000-8000-00000000c0c0',
    customerId: null,
    customerEmail: 'client@example.com',
    metadata: { checkoutId: '0193a3c0-0000-7000-8000-00000000c0c0', purpose: 'deposit' },
    successUrl: 'https://a.example/pay/done?x=1',
    cancelUrl: 'https://a.example/pay/cancel',
    expiresAt: new Date(now.getTime() + 5 * 60_000),
    locale: 'fr' as const,
    saveCard: true,
  }

  it('creates a payment session on the connected account with the fee, our reference and metadata', async () => {
    server.on('POST', '/v1/checkout/sessions', { body: session() })
    const ref = await payments.createPaymentCheckout(input, 'checkout:0193a3c0-0000-7000-8000-00000000c0c0')
    expect(ref).toEqual({
      sessionId: 'cs_test_1',
      url: 'https://checkout.stripe.com/c/pay/cs_test_1',
      expiresAt: new Date((nowSeconds + 3600) * 1000),
    })
    const request = only()
    expect(request.headers['stripe-account']).toBe(account)
    expect(request.headers['idempotency-key']).toBe('checkout:0193a3c0-0000-7000-8000-00000000c0c0')
    const body = Object.fromEntries(request.body)
    expect(body).toMatchObject({
      mode: 'payment',
      'payment_intent_data[application_fee_amount]': '345',
      'payment_intent_data[metadata][checkoutId]': input.metadata.checkoutId,
      'payment_intent_data[setup_future_usage]': 'off_session',
      client_reference_id: input.clientReferenceId,
      customer_email: 'client@example.com',
      customer_creation: 'always',
      'metadata[purpose]': 'deposit',
      'line_items[0][price_data][currency]': 'cad',
      'line_items[0][price_data][unit_amount]': '5000',
      'line_items[0][price_data][product_data][name]': 'Coupe et coiffure',
      'line_items[1][quantity]': '2',
      locale: 'fr',
      success_url: 'https://a.example/pay/done?x=1&session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://a.example/pay/cancel',
    })
    // Five minutes asked, Stripe's floor is 30: clamped to 31 minutes from now.
    expect(body.expires_at).toBe(String(nowSeconds + 31 * 60))
    // Apple Pay and Google Pay come from the account's settings only when no method list is sent.
    expect(Object.keys(body).some((key) => key.startsWith('payment_method_types'))).toBe(false)
  })

  it('caps a far expiry at 24 hours and omits a zero fee and card saving when not asked', async () => {
    server.on('POST', '/v1/checkout/sessions', { body: session() })
    await payments.createPaymentCheckout(
      {
        ...input,
        applicationFeeCents: 0,
        saveCard: false,
        customerId: 'cus_1',
        expiresAt: new Date(now.getTime() + 3 * 86_400_000),
      },
      'checkout:2',
    )
    const body = Object.fromEntries(only().body)
    expect(body.expires_at).toBe(String(nowSeconds + 24 * 3600 - 60))
    expect(body.customer).toBe('cus_1')
    expect(body).not.toHaveProperty('customer_email')
    expect(body).not.toHaveProperty('payment_intent_data[application_fee_amount]')
    expect(body).not.toHaveProperty('payment_intent_data[setup_future_usage]')
  })

  it('creates a setup session in CAD for saving a card, and expires a session', async () => {
    server.on('POST', '/v1/checkout/sessions', { body: session({ id: 'cs_setup' }) })
    server.on('POST', '/v1/checkout/sessions/cs_setup/expire', { body: session({ id: 'cs_setup', status: 'expired' }) })
    await payments.createSetupCheckout(
      {
        accountId: account,
        customerId: 'cus_1',
        clientReferenceId: 'ref-1',
        metadata: { purpose: 'save_card' },
        successUrl: 'https://a.example/cards/{CHECKOUT_SESSION_ID}',
        cancelUrl: 'https://a.example/cards',
        locale: 'en',
      },
      'setup_checkout:ref-1',
    )
    await payments.expireCheckout({ accountId: account, sessionId: 'cs_setup' }, 'checkout_expire:ref-1')
    const [setup, expire] = server.requests
    expect(Object.fromEntries(setup?.body ?? [])).toMatchObject({
      mode: 'setup',
      currency: 'cad',
      customer: 'cus_1',
      success_url: 'https://a.example/cards/{CHECKOUT_SESSION_ID}',
      'setup_intent_data[metadata][purpose]': 'save_card',
    })
    expect(setup?.headers['stripe-account']).toBe(account)
    expect(expire?.path).toBe('/v1/checkout/sessions/cs_setup/expire')
    expect(expire?.headers['stripe-account']).toBe(account)
    expect(expire?.headers['idempotency-key']).toBe('checkout_expire:ref-1')
  })
})

describe('customers and cards', () => {
  const card = (id: string, last4: string) => ({
    id,
    object: 'payment_method',
    type: 'card',
    customer: 'cus_1',
    card: { brand: 'visa', last4, exp_month: 4, exp_year: 2030 },
  })

  it('creates a customer on the connected account carrying our client id', async () => {
    server.on('POST', '/v1/customers', { body: { id: 'cus_1', object: 'customer' } })
    const clientId = '0193a3c0-0000-7000-8000-0000000c1e17'
    expect(
      await payments.ensureCustomer(
        { accountId: account, clientId, email: null, name: 'Marie Tremblay' },
        `customer:${clientId}`,
      ),
    ).toEqual({ customerId: 'cus_1' })
    const request = only()
    expect(request.headers['stripe-account']).toBe(account)
    expect(request.headers['idempotency-key']).toBe(`customer:${clientId}`)
    expect(request.body.get('metadata[clientId]')).toBe(clientId)
    expect(request.body.has('email')).toBe(false)
  })

  it('lists every card across pages, detaches one and sets the default', async () => {
    server.on(
      'GET',
      '/v1/customers/cus_1/payment_methods',
      { body: list('/v1/customers/cus_1/payment_methods', [card('pm_1', '4242')], true) },
      { body: list('/v1/customers/cus_1/payment_methods', [card('pm_2', '0005')]) },
    )
    server.on('POST', '/v1/payment_methods/pm_1/detach', { body: card('pm_1', '4242') })
    server.on('POST', '/v1/customers/cus_1', { body: { id: 'cus_1', object: 'customer' } })

    const cards = await payments.listCards({ accountId: account, customerId: 'cus_1' })
    expect(cards).toEqual([
      { paymentMethodId: 'pm_1', brand: 'visa', last4: '4242', expMonth: 4, expYear: 2030 },
      { paymentMethodId: 'pm_2', brand: 'visa', last4: '0005', expMonth: 4, expYear: 2030 },
    ])
    expect(server.requests[0]?.query.get('type')).toBe('card')
    expect(server.requests[1]?.query.get('starting_after')).toBe('pm_1')
    expect(server.requests.every((request) => request.headers['stripe-account'] === account)).toBe(true)

    await payments.detachCard({ accountId: account, paymentMethodId: 'pm_1' }, 'card_detach:pm_1')
    await payments.setDefaultCard(
      { accountId: account, customerId: 'cus_1', paymentMethodId: 'pm_2' },
      'card_default:pm_2',
    )
    const [detach, update] = server.requests.slice(2)
    expect(detach?.headers['idempotency-key']).toBe('card_detach:pm_1')
    expect(update?.body.get('invoice_settings[default_payment_method]')).toBe('pm_2')
    expect(update?.headers['idempotency-key']).toBe('card_default:pm_2')
    expect(update?.headers['stripe-account']).toBe(account)
  })
})

describe('off-session charges and refunds', () => {
  const charge = {
    accountId: account,
    customerId: 'cus_1',
    paymentMethodId: 'pm_1',
    amountCents: 5749,
    currency: 'cad' as const,
    applicationFeeCents: 167,
    description: 'Frais d’annulation',
    metadata: { paymentId: 'p-1' },
  }

  it('confirms a payment intent off session with the fee', async () => {
    server.on('POST', '/v1/payment_intents', { body: { id: 'pi_1', object: 'payment_intent', status: 'succeeded' } })
    expect(await payments.chargeOffSession(charge, 'charge:p-1')).toEqual({
      paymentIntentId: 'pi_1',
      status: 'succeeded',
      failureCode: null,
    })
    const request = only()
    expect(request.headers['idempotency-key']).toBe('charge:p-1')
    expect(request.headers['stripe-account']).toBe(account)
    expect(Object.fromEntries(request.body)).toMatchObject({
      amount: '5749',
      currency: 'cad',
      customer: 'cus_1',
      payment_method: 'pm_1',
      off_session: 'true',
      confirm: 'true',
      application_fee_amount: '167',
      'metadata[paymentId]': 'p-1',
    })
  })

  it('reports a declined card as a failed charge with its code, not a throw', async () => {
    server.on(
      'POST',
      '/v1/payment_intents',
      stripeError(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
        payment_intent: { id: 'pi_declined', object: 'payment_intent', status: 'requires_payment_method' },
      }),
    )
    expect(await payments.chargeOffSession(charge, 'charge:p-2')).toEqual({
      paymentIntentId: 'pi_declined',
      status: 'failed',
      failureCode: 'card_declined',
    })
  })

  it('reports a card that needs the client as requires_action', async () => {
    server.on(
      'POST',
      '/v1/payment_intents',
      stripeError(402, {
        type: 'card_error',
        code: 'authentication_required',
        message: 'This payment requires authentication.',
        payment_intent: { id: 'pi_3ds', object: 'payment_intent', status: 'requires_payment_method' },
      }),
    )
    expect(await payments.chargeOffSession(charge, 'charge:p-3')).toEqual({
      paymentIntentId: 'pi_3ds',
      status: 'requires_action',
      failureCode: 'authentication_required',
    })
  })

  it('refunds part of a payment intent with our metadata', async () => {
    server.on('POST', '/v1/refunds', { body: { id: 're_1', object: 'refund', status: 'pending', amount: 2000 } })
    expect(
      await payments.refund(
        { accountId: account, paymentIntentId: 'pi_1', amountCents: 2000, metadata: { refundId: 'r-1' } },
        'refund:r-1',
      ),
    ).toEqual({ refundId: 're_1', status: 'pending' })
    const request = only()
    expect(request.headers['idempotency-key']).toBe('refund:r-1')
    expect(request.headers['stripe-account']).toBe(account)
    expect(Object.fromEntries(request.body)).toMatchObject({
      payment_intent: 'pi_1',
      amount: '2000',
      'metadata[refundId]': 'r-1',
    })
  })
})

describe('subscriptions', () => {
  it('creates the product then the subscription with an inline recurring price and the fee percent', async () => {
    server.on('POST', '/v1/products', { body: { id: 'prod_1', object: 'product' } })
    server.on('POST', '/v1/subscriptions', { body: { id: 'sub_1', object: 'subscription', status: 'incomplete' } })
    const cancelAt = new Date('2027-04-30T00:00:00Z')
    const result = await payments.createSubscription(
      {
        accountId: account,
        customerId: 'cus_1',
        paymentMethodId: 'pm_1',
        productName: 'Forfait hiver',
        amountCents: 11_498,
        interval: 'month',
        intervalCount: 1,
        applicationFeePercent: 2.9,
        cancelAt,
        metadata: { planSubscriptionId: 's-1' },
      },
      'subscription:s-1',
    )
    expect(result).toEqual({ subscriptionId: 'sub_1', status: 'incomplete' })
    const [product, subscription] = server.requests
    expect(product?.headers['idempotency-key']).toBe('subscription:s-1:product')
    expect(product?.headers['stripe-account']).toBe(account)
    expect(subscription?.headers['idempotency-key']).toBe('subscription:s-1')
    expect(subscription?.headers['stripe-account']).toBe(account)
    expect(Object.fromEntries(subscription?.body ?? [])).toMatchObject({
      customer: 'cus_1',
      'items[0][price_data][product]': 'prod_1',
      'items[0][price_data][currency]': 'cad',
      'items[0][price_data][unit_amount]': '11498',
      'items[0][price_data][recurring][interval]': 'month',
      'items[0][price_data][recurring][interval_count]': '1',
      application_fee_percent: '2.9',
      default_payment_method: 'pm_1',
      cancel_at: String(cancelAt.getTime() / 1000),
      payment_behavior: 'default_incomplete',
      'metadata[planSubscriptionId]': 's-1',
    })
  })

  it('cancels at period end by an update, or now by a cancellation', async () => {
    server.on('POST', '/v1/subscriptions/sub_1', { body: { id: 'sub_1', object: 'subscription', status: 'active' } })
    server.on('DELETE', '/v1/subscriptions/sub_1', {
      body: { id: 'sub_1', object: 'subscription', status: 'canceled' },
    })
    await payments.cancelSubscription(
      { accountId: account, subscriptionId: 'sub_1', atPeriodEnd: true },
      'subscription_cancel:s-1',
    )
    await payments.cancelSubscription(
      { accountId: account, subscriptionId: 'sub_1', atPeriodEnd: false },
      'subscription_cancel:s-1b',
    )
    const [update, cancel] = server.requests
    expect(update?.method).toBe('POST')
    expect(update?.body.get('cancel_at_period_end')).toBe('true')
    expect(cancel?.method).toBe('DELETE')
    expect(cancel?.headers['stripe-account']).toBe(account)
  })
})

describe('reconciliation listing', () => {
  it('maps what Stripe holds since a time to events with stable synthetic ids', async () => {
    const since = new Date(now.getTime() - 86_400_000)
    server.on('GET', '/v1/checkout/sessions', {
      body: list('/v1/checkout/sessions', [
        session({
          id: 'cs_done',
          status: 'complete',
          mode: 'payment',
          payment_status: 'paid',
          payment_intent: 'pi_done',
          amount_total: 8498,
          currency: 'cad',
          client_reference_id: 'ref-9',
          metadata: { checkoutId: 'c-9' },
          created: nowSeconds - 100,
        }),
        session({ id: 'cs_open', status: 'open', mode: 'payment', payment_status: 'unpaid', created: nowSeconds - 50 }),
      ]),
    })
    server.on('GET', '/v1/payment_intents', {
      body: list('/v1/payment_intents', [
        {
          id: 'pi_done',
          object: 'payment_intent',
          status: 'succeeded',
          amount: 8498,
          amount_received: 8498,
          currency: 'cad',
          application_fee_amount: 250,
          customer: null,
          payment_method: 'pm_9',
          latest_charge: {
            id: 'ch_9',
            object: 'charge',
            payment_method_details: { card: { brand: 'mastercard', last4: '4444' } },
          },
          metadata: {},
          created: nowSeconds - 90,
        },
      ]),
    })
    server.on(
      'GET',
      '/v1/refunds',
      {
        body: list(
          '/v1/refunds',
          [
            {
              id: 're_a',
              object: 'refund',
              status: 'pending',
              amount: 100,
              payment_intent: 'pi_done',
              metadata: {},
              created: nowSeconds - 10,
            },
          ],
          true,
        ),
      },
      {
        body: list('/v1/refunds', [
          {
            id: 're_b',
            object: 'refund',
            status: 'succeeded',
            amount: 200,
            payment_intent: 'pi_done',
            metadata: {},
            created: nowSeconds - 20,
          },
        ]),
      },
    )

    const activity = await payments.listRecentActivity({ accountId: account, since })
    expect(activity.checkoutSessions).toEqual([
      expect.objectContaining({
        id: 'reconcile:cs_done:complete',
        account,
        kind: 'checkout.completed',
        paymentIntentId: 'pi_done',
        amountTotalCents: 8498,
      }),
    ])
    expect(activity.paymentIntents).toEqual([
      expect.objectContaining({
        id: 'reconcile:pi_done:succeeded',
        kind: 'payment.succeeded',
        card: { brand: 'mastercard', last4: '4444' },
      }),
    ])
    expect(activity.refunds.map((event) => event.id)).toEqual(['reconcile:re_a:pending', 'reconcile:re_b:succeeded'])

    const sinceSeconds = String(Math.floor(since.getTime() / 1000))
    const lists = server.requests.filter((request) => request.method === 'GET')
    expect(lists.every((request) => request.query.get('created[gte]') === sinceSeconds)).toBe(true)
    expect(lists.every((request) => request.headers['stripe-account'] === account)).toBe(true)
    expect(server.requests.find((request) => request.path === '/v1/payment_intents')?.query.get('expand[0]')).toBe(
      'data.latest_charge',
    )
  })
})

describe('errors', () => {
  const refundInput = { accountId: account, paymentIntentId: 'pi_1', amountCents: 100, metadata: {} }

  async function failure(promise: Promise<unknown>): Promise<PaymentsProviderError> {
    const error: unknown = await promise.then(
      () => null,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(PaymentsProviderError)
    if (!(error instanceof PaymentsProviderError)) throw new Error('expected a PaymentsProviderError')
    return error
  }

  it('a Stripe 500 is tried once (no retry configured) and is retryable', async () => {
    server.on('POST', '/v1/refunds', stripeError(500, { type: 'api_error', message: 'Something went wrong' }))
    const error = await failure(payments.refund(refundInput, 'refund:e-1'))
    expect(error.retryable).toBe(true)
    expect(server.requests).toHaveLength(1)
  })

  it('a rate limit is retryable', async () => {
    server.on(
      'POST',
      '/v1/refunds',
      stripeError(429, { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' }),
    )
    const error = await failure(payments.refund(refundInput, 'refund:e-2'))
    expect(error.retryable).toBe(true)
  })

  it('an invalid request is not retryable and carries Stripe’s code', async () => {
    server.on(
      'POST',
      '/v1/refunds',
      stripeError(400, {
        type: 'invalid_request_error',
        code: 'charge_already_refunded',
        message: 'Charge ch_1 has already been refunded.',
      }),
    )
    const error = await failure(payments.refund(refundInput, 'refund:e-3'))
    expect(error.retryable).toBe(false)
    expect(error.code).toBe('charge_already_refunded')
    expect(error.message).toContain('has already been refunded')
  })

  it('an unreachable Stripe is retryable', async () => {
    const offline = createStripePayments({
      mode: 'stripe',
      secretKey,
      webhookSecret: 'whsec_platform',
      connectWebhookSecret: 'whsec_connect',
      host: '127.0.0.1',
      port: 1,
      protocol: 'http',
      maxNetworkRetries: 0,
    })
    const error = await failure(offline.refund(refundInput, 'refund:e-4'))
    expect(error.retryable).toBe(true)
  })

  it('never carries the secret key in its message', async () => {
    server.on(
      'GET',
      `/v1/accounts/${account}`,
      stripeError(401, { type: 'invalid_request_error', message: `Invalid API Key provided: ${secretKey}` }),
    )
    const error = await failure(payments.retrieveAccount(account))
    expect(error.retryable).toBe(false)
    expect(error.message).not.toContain(secretKey)
    expect(error.message).toContain('[redacted]')
  })

  it('refuses a bad input or a made-up idempotency key before calling Stripe', async () => {
    const zero = await failure(payments.refund({ ...refundInput, amountCents: 0 }, 'refund:e-5'))
    expect(zero.code).toBe('invalid_input')
    const key = await failure(payments.refund(refundInput, 'not a key'))
    expect(key.code).toBe('invalid_input')
    // A caller ignoring the types (currency is typed 'cad') must still be refused.
    const dollars: unknown = {
      accountId: account,
      customerId: 'cus_1',
      paymentMethodId: 'pm_1',
      amountCents: 100,
      currency: 'usd',
      applicationFeeCents: 0,
      description: 'x',
      metadata: {},
    }
    const usd = await failure(payments.chargeOffSession(dollars as OffSessionChargeInput, 'charge:e-6'))
    expect(usd.message).toContain('only CAD')
    expect(server.requests).toHaveLength(0)
  })
})
