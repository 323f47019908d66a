import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { CONNECT_WEBHOOK_SECRET, simulatorHarness, WEBHOOK_SECRET } from './simulator-harness'

describe('simulated Stripe: Connect onboarding', () => {
  it('creates an account that cannot take payments until onboarding completes, then sends account.updated', async () => {
    const harness = simulatorHarness()
    const { stripe, simulator } = harness
    const account = await stripe.accounts.create({
      email: 'sophie@piscines-laurentides.example',
      business_profile: { name: 'Piscines Laurentides' },
      controller: {
        fees: { payer: 'application' },
        losses: { payments: 'application' },
        stripe_dashboard: { type: 'express' },
      },
    })
    expect(account.id).toMatch(/^acct_/)
    expect(account.charges_enabled).toBe(false)
    expect(account.requirements?.currently_due).toContain('external_account')

    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'http://piscines.localhost:3000/fr/settings/payments?refresh=1',
      return_url: 'http://piscines.localhost:3000/fr/settings/payments?done=1',
    })
    expect(link.url).toBe(`http://localhost:3000/fr/sim/onboarding/${account.id}`)
    const view = await simulator.getOnboarding(account.id)
    expect(view).toMatchObject({ businessName: 'Piscines Laurentides', chargesEnabled: false })

    const { returnUrl } = await simulator.completeOnboarding(account.id)
    expect(returnUrl).toBe('http://piscines.localhost:3000/fr/settings/payments?done=1')

    const event = await harness.lastOf('account.updated')
    expect(event.account).toBe(account.id)
    expect(event.livemode).toBe(false)
    expect(event.api_version).toBe(Stripe.API_VERSION)
    const updated = event.data.object as Stripe.Account
    expect(updated).toMatchObject({
      id: account.id,
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
    })
    expect(updated.capabilities?.card_payments).toBe('active')
    expect(updated.requirements?.currently_due).toEqual([])
    expect(event.data.previous_attributes).toMatchObject({ charges_enabled: false })

    // Signed for the Connect endpoint: the platform secret does not verify it, a tampered body neither.
    const entry = harness.delivered.find((d) => d.event.id === event.id)
    expect(entry?.endpoint).toBe('connect')
    const signed = entry ?? { payload: '', signature: '' }
    expect(() => stripe.webhooks.constructEvent(signed.payload, signed.signature, WEBHOOK_SECRET)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    )
    expect(() =>
      stripe.webhooks.constructEvent(signed.payload.replace('true', 'false'), signed.signature, CONNECT_WEBHOOK_SECRET),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError)

    const retrieved = await stripe.accounts.retrieve(account.id)
    expect(retrieved.charges_enabled).toBe(true)
  })

  it('refuses a connected-account call without Stripe-Account, and answers an unknown account or call like Stripe', async () => {
    const { stripe } = simulatorHarness()
    await expect(stripe.customers.create({ email: 'a@example.com' })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    )
    await expect(stripe.customers.create({ email: 'a@example.com' })).rejects.toMatchObject({
      statusCode: 400,
      param: 'Stripe-Account',
    })
    await expect(
      stripe.customers.create({ email: 'a@example.com' }, { stripeAccount: 'acct_unknown' }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripePermissionError)
    await expect(stripe.balance.retrieve()).rejects.toMatchObject({
      statusCode: 404,
      type: 'StripeInvalidRequestError',
    })
    await expect(stripe.accounts.retrieve('acct_missing')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    })
  })

  it('accepts Stripe-Context in place of Stripe-Account', async () => {
    const harness = simulatorHarness()
    const account = await harness.stripe.accounts.create({ business_profile: { name: 'Clinique Bel-Air' } })
    const customer = await harness.stripe.customers.create({ email: 'c@example.com' }, { stripeContext: account.id })
    expect(customer.id).toMatch(/^cus_/)
    const again = await harness.stripe.customers.retrieve(customer.id, {}, { stripeAccount: account.id })
    expect(again.id).toBe(customer.id)
    // Another account does not see it.
    const other = await harness.stripe.accounts.create({ business_profile: { name: 'Tremblay CPA' } })
    await expect(harness.stripe.customers.retrieve(customer.id, {}, { stripeAccount: other.id })).rejects.toMatchObject(
      { statusCode: 404 },
    )
  })
})
