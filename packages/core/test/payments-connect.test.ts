/**
 * Connect onboarding: the connected account is created once even when the owner clicks twice at
 * once (same key, one stored id), each call answers a fresh link; the return applies the account's
 * state; the admin's status says ready or what Stripe still needs, and the fee in effect.
 */
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paymentStatus, refreshConnectStatus, startConnectOnboarding } from '../src/payments'
import { createFakePayments } from './support/fake-payments'
import { ownerOf, readBack, refusal } from './payments-support'

const urls = {
  returnUrl: 'https://alpha.portail.test/fr/admin/payments',
  refreshUrl: 'https://alpha.portail.test/fr/admin/payments/refresh',
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

describe('Connect onboarding', () => {
  it('creates the connected account once for two clicks at once, and answers a link each time', async () => {
    const fake = createFakePayments()
    const owner = ownerOf(db.data.a)
    const [first, second] = await Promise.all([
      startConnectOnboarding(db.app, fake, owner, urls),
      startConnectOnboarding(db.app, fake, owner, urls),
    ])
    expect(first.accountId).toBe(second.accountId)
    expect(first.url).not.toBe(second.url)
    expect(new Set(fake.callsOf('createConnectedAccount').map((call) => call.idempotencyKey))).toEqual(
      new Set([`connect-account:${db.data.a.id}`]),
    )
    expect((await readBack(db, db.data.a.id).settings())?.stripeAccountId).toBe(first.accountId)

    // A later visit reuses the stored account without asking Stripe for one. (Whether the second
    // click asked Stripe too depends on timing; if it did, Stripe answered the same account.)
    const asked = fake.callsOf('createConnectedAccount').length
    expect(asked).toBeGreaterThanOrEqual(1)
    const again = await startConnectOnboarding(db.app, fake, owner, urls)
    expect(again.accountId).toBe(first.accountId)
    expect(fake.callsOf('createConnectedAccount')).toHaveLength(asked)
  })

  it('says what Stripe still needs until the account is ready, then ready with the fee in effect', async () => {
    const fake = createFakePayments()
    const owner = ownerOf(db.data.b)
    const { accountId } = await startConnectOnboarding(db.app, fake, owner, urls)
    await refreshConnectStatus(db.app, fake, owner)
    const waiting = await paymentStatus(db.app, owner, { feeBps: 250, feeFixedCents: 25 })
    expect(waiting).toMatchObject({
      connected: true,
      ready: false,
      fee: { feeBps: 250, feeFixedCents: 25, custom: false },
    })
    expect(waiting.requirements).toEqual([
      { key: 'external_account', fr: 'Compte bancaire pour les virements', en: 'Bank account for payouts' },
    ])

    fake.accounts.set(accountId, {
      accountId,
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      cardPayments: 'active',
      currentlyDue: [],
      disabledReason: null,
    })
    await refreshConnectStatus(db.app, fake, owner)
    const ready = await paymentStatus(db.app, owner)
    expect(ready).toMatchObject({
      connected: true,
      ready: true,
      requirements: [],
      fee: { feeBps: 0, feeFixedCents: 0 },
    })
    expect(await readBack(db, db.data.b.id).audit('payments.account_updated')).toHaveLength(2)
  })

  it('refuses a return address that is not a web address', async () => {
    const fake = createFakePayments()
    const error = await refusal(
      startConnectOnboarding(db.app, fake, ownerOf(db.data.a), { ...urls, returnUrl: 'javascript:alert(1)' }),
    )
    expect([error.code, error.messageKey]).toEqual(['BAD_REQUEST', 'payment.urlInvalid'])
    expect(fake.calls).toEqual([])
  })
})
