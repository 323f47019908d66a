/**
 * Stripe's webhook applied exactly once and in any order: the same event ten times at once gives
 * one effect; payment_intent.succeeded before checkout.session.completed ends as the reverse does;
 * an older account.updated after a newer one changes nothing; an unknown account is recorded and
 * answered 200; metadata naming another business is refused and audited; a forged signature is 400
 * with nothing written; a payment that arrives after its hold was released and the slot retaken is
 * refunded, never double-booked.
 */
import { bookings, stripeEvents } from '@portail/db/schema'
import { platformTenantId } from '@portail/db'
import { type TestDatabase, type TwoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expireUnpaidHolds } from '../src/booking'
import { handleStripeWebhook, holdExpiredReason, startBookingCheckout } from '../src/payments'
import { createFakePayments, type FakePayments, signFakeWebhook } from './support/fake-payments'
import {
  accountOf,
  clientOf,
  connectedTestDatabase,
  deliver,
  depositTotalCents,
  heldBooking,
  nextSlot,
  otherClientOf,
  paidEvents,
  readBack,
  stripeEvent,
} from './payments-support'

const minute = 60_000
const urls = {
  locale: 'fr' as const,
  successUrl: 'https://alpha.portail.test/fr/paid',
  cancelUrl: 'https://alpha.portail.test/fr/cancel',
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await connectedTestDatabase()
})
afterAll(async () => db.close())

/** A held booking of A's client with its checkout opened, and the two events Stripe sends once it is paid. */
async function openCheckout(fake: FakePayments, now: number, start?: number) {
  const bookingId = await heldBooking(db, db.data.a, { holdUntil: now + 15 * minute, ...(start ? { start } : {}) })
  const checkout = await startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }, { now })
  const [row] = await readBack(db, db.data.a.id).checkoutsOf(bookingId)
  const events = paidEvents(accountOf.a, now + minute, {
    checkoutId: checkout.checkoutId,
    sessionId: row?.stripeSessionId ?? '',
    tenantId: db.data.a.id,
    bookingId,
    clientId: db.data.a.clientId,
  })
  return { bookingId, ...events }
}

const stripeEventRows = (tenantId: string | null) =>
  tenantId === null
    ? db.app.withTenant({ actor: 'paymentWebhook', tenantId: null }, (tx) =>
        tx.select().from(stripeEvents).where(eq(stripeEvents.tenantId, platformTenantId)),
      )
    : db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
        tx.select().from(stripeEvents).where(eq(stripeEvents.tenantId, tenantId)),
      )

describe('handleStripeWebhook', () => {
  it('applies the same event delivered ten times at once exactly once', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const { bookingId, completed } = await openCheckout(fake, now)
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(db, fake, completed)))

    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(answers.filter((answer) => answer.outcome === 'applied')).toHaveLength(1)
    expect(answers.filter((answer) => answer.outcome === 'duplicate')).toHaveLength(9)
    const read = readBack(db, db.data.a.id)
    expect(await read.paymentsOf(bookingId)).toHaveLength(1)
    expect(await read.invoicesOf(bookingId)).toHaveLength(1)
    const events = await read.eventsAbout(bookingId)
    expect(events.filter((name) => name === 'booking/confirmed')).toHaveLength(1)
    expect(events.filter((name) => name === 'payment/succeeded')).toHaveLength(1)
    expect((await stripeEventRows(db.data.a.id)).filter((row) => row.eventId === completed.id)).toHaveLength(1)
  })

  it('ends in the same state whichever of payment_intent.succeeded and checkout.session.completed comes first', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const inOrder = await openCheckout(fake, now)
    const reversed = await openCheckout(fake, now)
    expect((await deliver(db, fake, inOrder.completed)).outcome).toBe('applied')
    expect((await deliver(db, fake, inOrder.succeeded)).outcome).toBe('duplicate_object')
    expect((await deliver(db, fake, reversed.succeeded)).outcome).toBe('applied')
    expect((await deliver(db, fake, reversed.completed)).outcome).toBe('duplicate_object')

    const read = readBack(db, db.data.a.id)
    for (const { bookingId } of [inOrder, reversed]) {
      expect((await read.booking(bookingId))?.status).toBe('confirmed')
      const payments = await read.paymentsOf(bookingId)
      expect(payments).toHaveLength(1)
      expect(payments[0]).toMatchObject({
        status: 'succeeded',
        amountCents: depositTotalCents,
        cardBrand: 'visa',
        cardLast4: '4242',
      })
      expect(await read.invoicesOf(bookingId)).toHaveLength(1)
      expect((await read.checkoutsOf(bookingId))[0]?.status).toBe('complete')
      expect((await read.eventsAbout(bookingId)).filter((name) => name === 'booking/confirmed')).toHaveLength(1)
    }
  })

  it('keeps a failed attempt from undoing a success, whatever the order', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const { bookingId, succeeded, paymentIntentId } = await openCheckout(fake, now)
    const declined = stripeEvent(accountOf.a, now, {
      kind: 'payment.failed',
      paymentIntentId,
      amountCents: depositTotalCents,
      failureCode: 'card_declined',
      declineCode: 'generic_decline',
      message: 'Your card was declined.',
      metadata: succeeded.kind === 'payment.succeeded' ? succeeded.metadata : {},
    })
    expect((await deliver(db, fake, declined)).outcome).toBe('applied')
    const read = readBack(db, db.data.a.id)
    expect((await read.paymentsOf(bookingId))[0]).toMatchObject({ status: 'failed', failureCode: 'generic_decline' })
    expect((await read.booking(bookingId))?.status).toBe('pending_payment')
    expect((await deliver(db, fake, succeeded)).outcome).toBe('applied')
    const redelivered = { ...declined, id: `${declined.id}_again` }
    expect((await deliver(db, fake, redelivered)).outcome).toBe('ignored')
    expect((await read.paymentsOf(bookingId))[0]?.status).toBe('succeeded')
    expect((await read.booking(bookingId))?.status).toBe('confirmed')
  })

  it('marks a checkout expired, once, and leaves the booking to its hold', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const { bookingId } = await openCheckout(fake, now)
    const [row] = await readBack(db, db.data.a.id).checkoutsOf(bookingId)
    const expired = stripeEvent(accountOf.a, now, {
      kind: 'checkout.expired',
      sessionId: row?.stripeSessionId ?? '',
      clientReferenceId: row?.id ?? null,
      metadata: { tenantId: db.data.a.id },
    })
    expect((await deliver(db, fake, expired)).outcome).toBe('applied')
    expect((await deliver(db, fake, { ...expired, id: `${expired.id}_again` })).outcome).toBe('duplicate_object')
    expect((await readBack(db, db.data.a.id).checkoutsOf(bookingId))[0]?.status).toBe('expired')
    expect((await readBack(db, db.data.a.id).booking(bookingId))?.status).toBe('pending_payment')
  })

  it('ignores an account.updated older than the one applied', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const status = { accountId: accountOf.b, payoutsEnabled: true, detailsSubmitted: true, disabledReason: null }
    const newer = stripeEvent(accountOf.b, now, {
      kind: 'account.updated',
      status: { ...status, chargesEnabled: true, cardPayments: 'active', currentlyDue: [] },
    })
    const older = stripeEvent(accountOf.b, now - 10 * minute, {
      kind: 'account.updated',
      status: { ...status, chargesEnabled: false, cardPayments: 'inactive', currentlyDue: ['external_account'] },
    })
    expect((await deliver(db, fake, newer)).outcome).toBe('applied')
    expect((await deliver(db, fake, older)).outcome).toBe('ignored')
    const settings = await readBack(db, db.data.b.id).settings()
    expect(settings).toMatchObject({ chargesEnabled: true, cardPayments: 'active', requirementsDue: [] })
    expect(settings?.accountUpdatedAt?.getTime()).toBe(Math.floor(now / 1000) * 1000)
  })

  it('records an event of an unknown account under the platform and answers 200, touching no business', async () => {
    const fake = createFakePayments()
    const event = stripeEvent('acct_nobody_knows', Date.now(), {
      kind: 'payment.succeeded',
      paymentIntentId: 'pi_unknown',
      amountCents: 1000,
      currency: 'cad',
      applicationFeeCents: 0,
      customerId: null,
      paymentMethodId: null,
      card: null,
      metadata: { tenantId: db.data.a.id },
    })
    expect(await deliver(db, fake, event)).toEqual({ status: 200, outcome: 'unknown_account' })
    expect(await deliver(db, fake, event)).toEqual({ status: 200, outcome: 'duplicate' })
    const recorded = (await stripeEventRows(null)).filter((row) => row.eventId === event.id)
    expect(recorded).toMatchObject([{ outcome: 'unknown_account', account: 'acct_nobody_knows' }])
    expect((await stripeEventRows(db.data.a.id)).some((row) => row.eventId === event.id)).toBe(false)
  })

  it('refuses and audits an event whose metadata names another business than its account’s', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const { bookingId, succeeded } = await openCheckout(fake, now)
    // B's connected account claims A's booking.
    const forged = { ...succeeded, id: `${succeeded.id}_b`, account: accountOf.b }
    expect(await deliver(db, fake, forged)).toEqual({ status: 200, outcome: 'refused' })
    expect((await stripeEventRows(db.data.b.id)).find((row) => row.eventId === forged.id)?.outcome).toBe('refused')
    expect(await readBack(db, db.data.b.id).audit('payments.webhook_refused')).toHaveLength(1)
    expect(await readBack(db, db.data.a.id).paymentsOf(bookingId)).toEqual([])
    expect((await readBack(db, db.data.a.id).booking(bookingId))?.status).toBe('pending_payment')
  })

  it('answers 400 to a forged signature and writes nothing', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const { bookingId, completed } = await openCheckout(fake, now)
    const rawBody = JSON.stringify(completed)
    const tampered = rawBody.replace(String(depositTotalCents), '1')
    const answer = await handleStripeWebhook(db.app, fake, {
      rawBody: tampered,
      signature: signFakeWebhook(rawBody),
      endpoint: 'connect',
    })
    expect(answer).toEqual({ status: 400, outcome: 'bad_signature' })
    expect((await handleStripeWebhook(db.app, fake, { rawBody, signature: null, endpoint: 'connect' })).status).toBe(
      400,
    )
    expect(await readBack(db, db.data.a.id).paymentsOf(bookingId)).toEqual([])
    expect((await stripeEventRows(db.data.a.id)).some((row) => row.eventId === completed.id)).toBe(false)
  })

  it('refunds a payment that arrives after its hold was released and the slot taken, and books nobody twice', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const start = nextSlot()
    const late = await openCheckout(fake, now, start)
    // The hold (extended to the checkout's expiry) runs out; the sweep releases it; another client books the slot.
    const afterExpiry = now + 40 * minute
    expect(await expireUnpaidHolds(db.app, afterExpiry)).toBeGreaterThanOrEqual(1)
    const taker = await heldBooking(db, db.data.a, {
      holdUntil: 0,
      start,
      status: 'confirmed',
      clientId: otherClientOf(db.data.a).clientId,
    })

    expect((await deliver(db, fake, late.completed, afterExpiry)).outcome).toBe('applied')
    const read = readBack(db, db.data.a.id)
    expect((await read.booking(late.bookingId))?.status).toBe('cancelled')
    expect((await read.booking(taker))?.status).toBe('confirmed')
    const [payment] = await read.paymentsOf(late.bookingId)
    expect(payment?.status).toBe('succeeded')
    expect(await read.invoicesOf(late.bookingId)).toEqual([])
    const [refund] = await read.refundsOf(payment?.id ?? '')
    expect(refund).toMatchObject({ amountCents: depositTotalCents, reason: holdExpiredReason, status: 'pending' })
    expect(fake.callsOf('refund')).toMatchObject([
      {
        idempotencyKey: `refund:${refund?.id}`,
        input: { accountId: accountOf.a, paymentIntentId: late.paymentIntentId, amountCents: depositTotalCents },
      },
    ])

    // Stripe confirms the refund: the payment shows it and the client is told.
    const refunded = stripeEvent(accountOf.a, afterExpiry + minute, {
      kind: 'refund.updated',
      refundId: refund?.stripeRefundId ?? '',
      paymentIntentId: late.paymentIntentId,
      amountCents: depositTotalCents,
      status: 'succeeded',
      metadata: { tenantId: db.data.a.id, refundId: refund?.id ?? '' },
    })
    expect((await deliver(db, fake, refunded)).outcome).toBe('applied')
    expect((await read.paymentsOf(late.bookingId))[0]?.refundedCents).toBe(depositTotalCents)
    expect(await read.eventsAbout(refund?.id ?? '')).toEqual(['refund/succeeded'])
    const overlapping = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .select({ id: bookings.id, status: bookings.status })
        .from(bookings)
        .where(eq(bookings.startsAt, new Date(start))),
    )
    expect(overlapping.filter((row) => row.status === 'confirmed')).toEqual([{ id: taker, status: 'confirmed' }])
  })
})
