/**
 * Cards, late-cancellation fees, plans and reconciliation: a saved card arrives by webhook and the
 * first is the default; the client switches and removes its own cards only; a late cancellation's
 * fee is charged to the default card (invoice paid) or left on an issued invoice; a plan is
 * subscribed at its price plus taxes and follows Stripe's status in order, flagged after the last
 * failed retry; reconciliation applies a payment whose webhook was lost, once.
 */
import {
  auditLog,
  billingCustomers,
  bookings,
  invoices,
  paymentPlans,
  payments,
  planSubscriptions,
} from '@portail/db/schema'
import { type TestDatabase, type TwoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  chargeCancellationFee,
  listSavedCards,
  reconcileAccount,
  removeSavedCard,
  setDefaultCard,
  startBookingCheckout,
  startCardSetup,
  subscribeToPlan,
} from '../src/payments'
import { createFakePayments } from './support/fake-payments'
import {
  accountOf,
  clientOf,
  connectedTestDatabase,
  deliver,
  heldBooking,
  otherClientOf,
  paidEvents,
  readBack,
  refusal,
  stripeEvent,
} from './payments-support'

const minute = 60_000
const urls = {
  locale: 'fr' as const,
  successUrl: 'https://alpha.portail.test/fr/cards',
  cancelUrl: 'https://alpha.portail.test/fr/cards',
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await connectedTestDatabase()
})
afterAll(async () => db.close())

const asSystem = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, fn)

const attached = (customerId: string, paymentMethodId: string, last4: string) =>
  stripeEvent(accountOf.a, Date.now(), {
    kind: 'card.attached',
    paymentMethodId,
    customerId,
    card: { paymentMethodId, brand: 'visa', last4, expMonth: 12, expYear: 2030 },
  })

describe('saved cards', () => {
  it('saves cards from the webhook (the first is the default), switches the default and removes a card', async () => {
    const fake = createFakePayments()
    const client = clientOf(db.data.a)
    await startCardSetup(db.app, fake, client, urls)
    await startCardSetup(db.app, fake, client, urls)
    expect(fake.callsOf('ensureCustomer').map((call) => call.idempotencyKey)).toEqual([`customer:${client.clientId}`])
    expect(fake.callsOf('createSetupCheckout')).toHaveLength(2)
    const [customer] = await asSystem((tx) =>
      tx.select().from(billingCustomers).where(eq(billingCustomers.clientId, client.clientId)),
    )
    const customerId = customer?.stripeCustomerId ?? ''

    expect((await deliver(db, fake, attached(customerId, 'pm_first', '4242'))).outcome).toBe('applied')
    const second = attached(customerId, 'pm_second', '5555')
    expect((await deliver(db, fake, second)).outcome).toBe('applied')
    expect((await deliver(db, fake, { ...second, id: `${second.id}_again` })).outcome).toBe('duplicate_object')
    const cards = await listSavedCards(db.app, client)
    expect(cards.map((card) => [card.last4, card.isDefault])).toEqual([
      ['4242', true],
      ['5555', false],
    ])

    const other = cards[1]?.id ?? ''
    await setDefaultCard(db.app, fake, client, { cardId: other })
    expect((await listSavedCards(db.app, client)).map((card) => [card.last4, card.isDefault])).toEqual([
      ['5555', true],
      ['4242', false],
    ])
    // Another client of the business does not find it.
    const notMine = await refusal(removeSavedCard(db.app, fake, otherClientOf(db.data.a), { cardId: other }))
    expect([notMine.code, notMine.messageKey]).toEqual(['NOT_FOUND', 'payment.cardNotFound'])
    await removeSavedCard(db.app, fake, client, { cardId: other })
    expect(fake.callsOf('detachCard')).toMatchObject([
      { input: { paymentMethodId: 'pm_second' }, idempotencyKey: `card-detach:${other}` },
    ])
    // The remaining card takes over as the default.
    expect((await listSavedCards(db.app, client)).map((card) => [card.last4, card.isDefault])).toEqual([['4242', true]])
  })
})

/** A visit of `clientId` cancelled late, its fee recorded with the cancellation as cancelBooking does. */
async function lateCancelled(clientId: string, feeCents: number): Promise<string> {
  const bookingId = await heldBooking(db, db.data.a, { holdUntil: 0, status: 'confirmed', clientId })
  await asSystem(async (tx) => {
    await tx.update(bookings).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(bookings.id, bookingId))
    await tx.insert(auditLog).values({
      tenantId: db.data.a.id,
      actorUserId: null,
      actorRole: 'client',
      action: 'booking.cancelled',
      entityType: 'booking',
      entityId: bookingId,
      clientId,
      data: { feeCents: String(feeCents) },
    })
  })
  return bookingId
}

describe('chargeCancellationFee', () => {
  it('charges the fee’s invoice to the default card off-session, once', async () => {
    const fake = createFakePayments()
    const client = clientOf(db.data.a)
    const bookingId = await lateCancelled(client.clientId, 3000)
    const charged = await chargeCancellationFee(db.app, fake, { tenantId: db.data.a.id, bookingId })
    expect(charged.outcome).toBe('charged')
    const [invoice] = await asSystem((tx) => tx.select().from(invoices).where(eq(invoices.id, charged.invoiceId)))
    expect(invoice).toMatchObject({ status: 'paid', source: 'cancellation_fee' })
    expect(fake.callsOf('chargeOffSession')).toMatchObject([
      {
        idempotencyKey: `cancellation-fee:${charged.paymentId}`,
        input: { accountId: accountOf.a, paymentMethodId: 'pm_first', amountCents: invoice?.totalCents },
      },
    ])
    const again = await chargeCancellationFee(db.app, fake, { tenantId: db.data.a.id, bookingId })
    expect(again).toMatchObject({ invoiceId: charged.invoiceId, outcome: 'already' })
    expect(fake.callsOf('chargeOffSession')).toHaveLength(1)
  })

  it('leaves the invoice due and tells the client when the card is declined', async () => {
    const fake = createFakePayments()
    fake.offSessionStatus = 'failed'
    const bookingId = await lateCancelled(clientOf(db.data.a).clientId, 2500)
    const declined = await chargeCancellationFee(db.app, fake, { tenantId: db.data.a.id, bookingId })
    expect(declined.outcome).toBe('failed')
    const [invoice] = await asSystem((tx) => tx.select().from(invoices).where(eq(invoices.id, declined.invoiceId)))
    expect(invoice?.status).toBe('issued')
    const [payment] = await asSystem((tx) =>
      tx
        .select()
        .from(payments)
        .where(eq(payments.id, declined.paymentId ?? '')),
    )
    expect(payment).toMatchObject({ status: 'failed', failureCode: 'card_declined' })
    expect(await readBack(db, db.data.a.id).eventsAbout(payment?.id ?? '')).toEqual(['payment/failed'])
  })

  it('leaves the fee on an issued invoice when the client has no card', async () => {
    const fake = createFakePayments()
    const other = otherClientOf(db.data.a)
    const bookingId = await lateCancelled(other.clientId, 3000)
    const invoiced = await chargeCancellationFee(db.app, fake, { tenantId: db.data.a.id, bookingId })
    expect(invoiced).toMatchObject({ paymentId: null, outcome: 'invoiced' })
    const [invoice] = await asSystem((tx) => tx.select().from(invoices).where(eq(invoices.id, invoiced.invoiceId)))
    expect(invoice?.status).toBe('issued')
    expect(fake.calls).toEqual([])
  })

  it('refuses a booking with no fee', async () => {
    const fake = createFakePayments()
    const bookingId = await lateCancelled(clientOf(db.data.a).clientId, 0)
    const error = await refusal(chargeCancellationFee(db.app, fake, { tenantId: db.data.a.id, bookingId }))
    expect(error.messageKey).toBe('payment.noCancellationFee')
  })
})

describe('plans', () => {
  it('subscribes at the plan’s price plus Quebec taxes, follows Stripe’s status in order, flags the last failed retry', async () => {
    const fake = createFakePayments()
    const client = clientOf(db.data.a)
    const [plan] = await db.app.withTenant(
      { actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId },
      (tx) =>
        tx
          .insert(paymentPlans)
          .values({
            tenantId: db.data.a.id,
            nameFr: 'Entretien hebdo',
            nameEn: 'Weekly care',
            amountCents: 10000,
            interval: 'month',
            intervalCount: 1,
            seasonStartMonth: 5,
            seasonEndMonth: 9,
          })
          .returning({ id: paymentPlans.id }),
    )
    const subscribed = await subscribeToPlan(
      db.app,
      fake,
      client,
      { planId: plan?.id ?? '' },
      { now: Date.UTC(2027, 4, 1) },
    )
    // 100.00 + GST 5.00 + QST 9.98
    expect(subscribed.amountCents).toBe(11498)
    expect(fake.callsOf('createSubscription')).toMatchObject([
      {
        idempotencyKey: `subscription:${subscribed.subscriptionId}`,
        input: {
          amountCents: 11498,
          applicationFeePercent: 2,
          cancelAt: new Date(Date.UTC(2027, 9, 1)),
          paymentMethodId: 'pm_first',
        },
      },
    ])
    const again = await refusal(subscribeToPlan(db.app, fake, client, { planId: plan?.id ?? '' }))
    expect(again.messageKey).toBe('payment.alreadySubscribed')

    const stripeId = (await readSubscription(subscribed.subscriptionId))?.stripeSubscriptionId ?? ''
    expect(stripeId).toMatch(/^sub_/)
    const status = (created: number, value: 'active' | 'past_due') =>
      stripeEvent(accountOf.a, created, {
        kind: 'subscription.updated',
        subscriptionId: stripeId,
        customerId: 'cus',
        status: value,
        currentPeriodEnd: Math.floor(created / 1000) + 86_400 * 30,
        cancelAtPeriodEnd: false,
        metadata: { tenantId: db.data.a.id },
      })
    const now = Date.now()
    expect((await deliver(db, fake, status(now, 'past_due'))).outcome).toBe('applied')
    expect((await deliver(db, fake, status(now - 60 * minute, 'active'))).outcome).toBe('ignored')
    expect((await readSubscription(subscribed.subscriptionId))?.status).toBe('past_due')

    const failed = (attemptCount: number, nextPaymentAttempt: number | null) =>
      stripeEvent(accountOf.a, now, {
        kind: 'subscription.invoice_failed',
        stripeInvoiceId: `in_${attemptCount}`,
        subscriptionId: stripeId,
        customerId: 'cus',
        amountPaidCents: 0,
        amountDueCents: 11498,
        attemptCount,
        nextPaymentAttempt,
        periodStart: 0,
        periodEnd: 0,
        paymentIntentId: null,
        metadata: { tenantId: db.data.a.id },
      })
    expect((await deliver(db, fake, failed(1, Math.floor(now / 1000) + 86_400))).outcome).toBe('ignored')
    expect((await readSubscription(subscribed.subscriptionId))?.paymentFailedAt).toBeNull()
    expect((await deliver(db, fake, failed(4, null))).outcome).toBe('applied')
    expect((await readSubscription(subscribed.subscriptionId))?.paymentFailedAt?.getTime()).toBe(
      Math.floor(now / 1000) * 1000,
    )
  })
})

const readSubscription = async (id: string) => {
  const [row] = await asSystem((tx) => tx.select().from(planSubscriptions).where(eq(planSubscriptions.id, id)))
  return row
}

describe('reconcileAccount', () => {
  it('applies a paid checkout whose webhook was lost, once', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: now + 15 * minute })
    const checkout = await startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }, { now })
    const [row] = await readBack(db, db.data.a.id).checkoutsOf(bookingId)
    const { completed } = paidEvents(accountOf.a, now, {
      checkoutId: checkout.checkoutId,
      sessionId: row?.stripeSessionId ?? '',
      tenantId: db.data.a.id,
      bookingId,
      clientId: db.data.a.clientId,
    })
    fake.activity = { checkoutSessions: [{ ...completed, account: null }], paymentIntents: [], refunds: [] }
    const first = await reconcileAccount(db.app, fake, { tenantId: db.data.a.id, since: new Date(now - 86_400_000) })
    expect(first.applied).toBe(1)
    const second = await reconcileAccount(db.app, fake, { tenantId: db.data.a.id, since: new Date(now - 86_400_000) })
    expect(second.applied).toBe(0)
    expect((await readBack(db, db.data.a.id).booking(bookingId))?.status).toBe('confirmed')
    const paid = await asSystem((tx) =>
      tx
        .select()
        .from(payments)
        .where(and(eq(payments.bookingId, bookingId), eq(payments.status, 'succeeded'))),
    )
    expect(paid).toHaveLength(1)
  })
})
