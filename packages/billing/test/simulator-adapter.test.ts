import { describe, expect, it } from 'vitest'

import { PaymentsProviderError, type PaymentEvent } from '../src/payments/port'
import { createSimulatedPayments } from '../src/simulator'
import { CONNECT_WEBHOOK_SECRET, simulatorHarness, WEBHOOK_SECRET, type Harness } from './simulator-harness'

/** The adapter's own webhook parsing, on what the simulator delivered. */
async function parsedSince(
  harness: Harness,
  payments: ReturnType<typeof createSimulatedPayments>,
  from: number,
): Promise<PaymentEvent[]> {
  await harness.simulator.idle()
  return harness.delivered
    .slice(from)
    .map((entry) => payments.parseWebhook(entry.payload, entry.signature, entry.endpoint))
}

describe('the stripe adapter in simulated mode (createSimulatedPayments)', () => {
  it('runs onboarding, a paid checkout with a saved card, an off-session charge and a refund', async () => {
    const harness = simulatorHarness()
    const payments = createSimulatedPayments({
      simulator: harness.simulator,
      webhookSecret: WEBHOOK_SECRET,
      connectWebhookSecret: CONNECT_WEBHOOK_SECRET,
      now: harness.now,
    })
    expect(payments.mode).toBe('simulated')
    const { accountId } = await payments.createConnectedAccount(
      { tenantId: '0190a4b2-7c1e-7000-8000-000000000001', businessName: 'Piscines Laurentides', email: null },
      'tenant:t1:account',
    )
    const { url } = await payments.createAccountLink(
      { accountId, refreshUrl: 'http://p.localhost:3000/r', returnUrl: 'http://p.localhost:3000/ok' },
      'tenant:t1:link:1',
    )
    expect(url).toContain(`/sim/onboarding/${accountId}`)
    expect((await payments.retrieveAccount(accountId)).chargesEnabled).toBe(false)
    let from = harness.delivered.length
    await harness.simulator.completeOnboarding(accountId)
    const [updated] = await parsedSince(harness, payments, from)
    expect(updated).toMatchObject({
      kind: 'account.updated',
      account: accountId,
      status: { chargesEnabled: true, cardPayments: 'active', currentlyDue: [] },
    })

    const { customerId } = await payments.ensureCustomer(
      { accountId, clientId: '0190a4b2-7c1e-7000-8000-000000000002', email: 'marie@example.com', name: 'Marie Gagnon' },
      'client:c1:customer',
    )
    const checkout = await payments.createPaymentCheckout(
      {
        accountId,
        lineItems: [{ name: 'Ouverture de piscine', amountCents: 11_498, quantity: 1 }],
        currency: 'cad',
        applicationFeeCents: 345,
        clientReferenceId: 'cs-1',
        customerId,
        customerEmail: null,
        metadata: { checkoutId: 'cs-1' },
        successUrl: 'http://p.localhost:3000/fr/done',
        cancelUrl: 'http://p.localhost:3000/fr/back',
        expiresAt: new Date(harness.now().getTime() + 3_600_000),
        locale: 'fr',
        saveCard: true,
      },
      'checkout:cs-1',
    )
    from = harness.delivered.length
    const paid = await harness.simulator.pay(checkout.sessionId, 'succeed')
    expect(paid).toEqual({ kind: 'redirect', url: `http://p.localhost:3000/fr/done?session_id=${checkout.sessionId}` })
    const kinds = (await parsedSince(harness, payments, from)).map((event) => event.kind)
    expect(kinds).toContain('checkout.completed')
    expect(kinds).toContain('payment.succeeded')
    expect(kinds).toContain('card.attached')

    const [card] = await payments.listCards({ accountId, customerId })
    expect(card).toMatchObject({ brand: 'visa', last4: '4242' })
    const cardId = card?.paymentMethodId ?? ''
    await payments.setDefaultCard({ accountId, customerId, paymentMethodId: cardId }, 'client:c1:default:1')
    const charged = await payments.chargeOffSession(
      {
        accountId,
        customerId,
        paymentMethodId: cardId,
        amountCents: 5000,
        currency: 'cad',
        applicationFeeCents: 150,
        description: 'Solde',
        metadata: { paymentId: 'p2' },
      },
      'payment:p2',
    )
    expect(charged).toMatchObject({ status: 'succeeded', failureCode: null })
    await harness.simulator.setCardOutcome(cardId, 'decline')
    const declined = await payments.chargeOffSession(
      {
        accountId,
        customerId,
        paymentMethodId: cardId,
        amountCents: 5000,
        currency: 'cad',
        applicationFeeCents: 0,
        description: 'Solde',
        metadata: { paymentId: 'p3' },
      },
      'payment:p3',
    )
    expect(declined).toMatchObject({ status: 'failed', failureCode: 'card_declined' })

    const refund = await payments.refund(
      { accountId, paymentIntentId: charged.paymentIntentId, amountCents: 2000, metadata: { refundId: 'r1' } },
      'refund:r1',
    )
    expect(refund.status).toBe('succeeded')
    await expect(
      payments.refund(
        { accountId, paymentIntentId: charged.paymentIntentId, amountCents: 3001, metadata: { refundId: 'r2' } },
        'refund:r2',
      ),
    ).rejects.toBeInstanceOf(PaymentsProviderError)

    const activity = await payments.listRecentActivity({ accountId, since: new Date(harness.now().getTime() - 60_000) })
    expect(activity.checkoutSessions.map((event) => event.kind)).toEqual(['checkout.completed'])
    expect(activity.refunds).toHaveLength(1)
    expect(activity.paymentIntents.length).toBeGreaterThanOrEqual(2)
  })
})
