import type { PaymentsPort } from '@portail/billing'
import { createMemorySimulatorStore, createSimulatedPayments, createStripeSimulator } from '@portail/billing/simulator'
import { describe, expect, it } from 'vitest'

import { answerCheckoutAction, answerOnboardingAction } from './hosted-actions'

function setup() {
  const delivered: string[] = []
  const simulator = createStripeSimulator({
    store: createMemorySimulatorStore(),
    clock: () => new Date(),
    webhookSecret: 'whsec_a',
    connectWebhookSecret: 'whsec_b',
    deliver: (_endpoint, payload) => {
      delivered.push((JSON.parse(payload) as { type: string }).type)
      return Promise.resolve()
    },
  })
  const payments = createSimulatedPayments({ simulator, webhookSecret: 'whsec_a', connectWebhookSecret: 'whsec_b' })
  return { simulator, payments, delivered }
}

async function newAccount(payments: PaymentsPort) {
  const { accountId } = await payments.createConnectedAccount(
    { tenantId: '0190a4b2-7c1e-7000-8000-000000000001', businessName: 'Piscines Laurentides', email: null },
    'account:1',
  )
  return { id: accountId }
}

const press = (path: string, action: string, origin = 'http://localhost:3000') =>
  new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { origin, host: 'localhost:3000', 'content-type': 'application/json' },
    body: JSON.stringify({ action }),
  })

describe('the hosted simulator actions', () => {
  it('onboarding: complete returns to return_url, later to refresh_url', async () => {
    const { simulator, payments, delivered } = setup()
    const account = await newAccount(payments)
    await payments.createAccountLink(
      {
        accountId: account.id,
        refreshUrl: 'http://p.localhost:3000/refresh',
        returnUrl: 'http://p.localhost:3000/return',
      },
      'link:1',
    )
    const later = await answerOnboardingAction(press('/api/sim/onboarding', 'later'), account.id, simulator)
    expect(await later.json()).toEqual({ next: 'redirect', url: 'http://p.localhost:3000/refresh' })
    const done = await answerOnboardingAction(press('/api/sim/onboarding', 'complete'), account.id, simulator)
    expect(await done.json()).toEqual({ next: 'redirect', url: 'http://p.localhost:3000/return' })
    expect(delivered).toEqual(['account.updated'])
  })

  it('checkout: declined re-renders, paid goes to success_url; another site or a bad body is refused', async () => {
    const { simulator, payments } = setup()
    const account = await newAccount(payments)
    await simulator.completeOnboarding(account.id)
    const checkout = await payments.createPaymentCheckout(
      {
        accountId: account.id,
        lineItems: [{ name: 'Visite', amountCents: 5000, quantity: 1 }],
        currency: 'cad',
        applicationFeeCents: 0,
        clientReferenceId: 'cs-1',
        customerId: null,
        customerEmail: null,
        metadata: {},
        successUrl: 'http://p.localhost:3000/ok?cs={CHECKOUT_SESSION_ID}',
        cancelUrl: 'http://p.localhost:3000/back',
        expiresAt: new Date(Date.now() + 3_600_000),
        locale: 'fr',
        saveCard: false,
      },
      'checkout:cs-1',
    )
    const session = { id: checkout.sessionId }
    const path = `/api/sim/checkout/${session.id}`
    expect((await answerCheckoutAction(press(path, 'pay', 'http://evil.example'), session.id, simulator)).status).toBe(
      403,
    )
    expect((await answerCheckoutAction(press(path, 'steal'), session.id, simulator)).status).toBe(400)
    expect(await (await answerCheckoutAction(press(path, 'decline'), session.id, simulator)).json()).toEqual({
      next: 'refresh',
    })
    expect(await (await answerCheckoutAction(press(path, 'pay'), session.id, simulator)).json()).toEqual({
      next: 'redirect',
      url: `http://p.localhost:3000/ok?cs=${session.id}`,
    })
    expect((await answerCheckoutAction(press(path, 'pay'), session.id, simulator)).status).toBe(409)
    expect((await answerCheckoutAction(press(path, 'pay'), session.id, null)).status).toBe(404)
  })
})
