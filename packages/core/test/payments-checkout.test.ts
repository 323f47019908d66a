/**
 * Paying a booking hold: the checkout is made once per open session, on the business's connected
 * account with the platform's fee and the key checkout:<our id>; paying it (the webhook, never the
 * redirect) confirms the booking and issues its deposit invoice; a confirmed booking is not paid
 * twice; another client's booking is not found; a Stripe outage leaves everything retryable.
 */
import { tenantPaymentSettings } from '@portail/db/schema'
import { type TestDatabase, type TwoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkoutMinimumMinutes, startBookingCheckout } from '../src/payments'
import { createFakePayments, outage } from './support/fake-payments'
import {
  accountOf,
  clientOf,
  connectedTestDatabase,
  deliver,
  depositTotalCents,
  heldBooking,
  otherClientOf,
  paidEvents,
  readBack,
  refusal,
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

describe('startBookingCheckout', () => {
  it('opens one Stripe Checkout for the hold, on the connected account, with the fee and a key of our id, and extends the hold to it', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: now + 15 * minute })
    const first = await startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }, { now })
    const again = await startBookingCheckout(
      db.app,
      fake,
      clientOf(db.data.a),
      { bookingId, ...urls },
      { now: now + minute },
    )

    expect(again).toEqual(first)
    const [call, ...more] = fake.callsOf('createPaymentCheckout')
    expect(more).toEqual([])
    expect(call?.idempotencyKey).toBe(`checkout:${first.checkoutId}`)
    expect(call?.input).toMatchObject({
      accountId: accountOf.a,
      currency: 'cad',
      lineItems: [{ amountCents: depositTotalCents, quantity: 1 }],
      // 2% of 57.49 half-up (115) + 30 fixed.
      applicationFeeCents: 145,
      clientReferenceId: first.checkoutId,
      metadata: { tenantId: db.data.a.id, bookingId, checkoutId: first.checkoutId },
    })
    const read = readBack(db, db.data.a.id)
    const booking = await read.booking(bookingId)
    expect(booking?.status).toBe('pending_payment')
    expect(booking?.holdExpiresAt?.getTime()).toBe(now + checkoutMinimumMinutes * minute)
    expect(Date.parse(first.expiresAt)).toBe(now + checkoutMinimumMinutes * minute)
  })

  it('is confirmed by the webhook: the booking confirmed once, its deposit invoice issued and paid', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: now + 15 * minute })
    const checkout = await startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }, { now })
    const [row] = await readBack(db, db.data.a.id).checkoutsOf(bookingId)
    const events = paidEvents(accountOf.a, now + minute, {
      checkoutId: checkout.checkoutId,
      sessionId: row?.stripeSessionId ?? '',
      tenantId: db.data.a.id,
      bookingId,
      clientId: db.data.a.clientId,
    })
    expect(await deliver(db, fake, events.completed)).toEqual({ status: 200, outcome: 'applied' })

    const read = readBack(db, db.data.a.id)
    expect((await read.booking(bookingId))?.status).toBe('confirmed')
    expect((await read.booking(bookingId))?.holdExpiresAt).toBeNull()
    const [payment] = await read.paymentsOf(bookingId)
    expect(payment).toMatchObject({
      status: 'succeeded',
      amountCents: depositTotalCents,
      purpose: 'deposit',
      method: 'card',
    })
    const [invoice, ...otherInvoices] = await read.invoicesOf(bookingId)
    expect(otherInvoices).toEqual([])
    expect(invoice).toMatchObject({
      source: 'deposit',
      status: 'paid',
      totalCents: depositTotalCents,
      paidCents: depositTotalCents,
    })
    expect((await read.checkoutsOf(bookingId))[0]?.status).toBe('complete')
    expect(await read.eventsAbout(bookingId)).toEqual(
      expect.arrayContaining(['booking/confirmed', 'payment/succeeded']),
    )
  })

  it('refuses a second checkout for a booking already paid and confirmed', async () => {
    const fake = createFakePayments()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: 0, status: 'confirmed' })
    const error = await refusal(startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }))
    expect([error.code, error.messageKey]).toEqual(['CONFLICT', 'payment.alreadyPaid'])
    expect(fake.calls).toEqual([])
  })

  it('does not find another client’s booking (NOT_FOUND), and writes nothing', async () => {
    const fake = createFakePayments()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: Date.now() + 15 * minute })
    const error = await refusal(startBookingCheckout(db.app, fake, otherClientOf(db.data.a), { bookingId, ...urls }))
    expect([error.code, error.messageKey]).toEqual(['NOT_FOUND', 'payment.bookingNotFound'])
    // Nor from another business with the same ids.
    const across = await refusal(startBookingCheckout(db.app, fake, clientOf(db.data.b), { bookingId, ...urls }))
    expect(across.code).toBe('NOT_FOUND')
    expect(fake.calls).toEqual([])
    expect(await readBack(db, db.data.a.id).checkoutsOf(bookingId)).toEqual([])
  })

  it('refuses an expired hold', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: now - minute })
    const error = await refusal(
      startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }, { now }),
    )
    expect(error.messageKey).toBe('payment.holdExpired')
    expect(fake.calls).toEqual([])
  })

  it('on a Stripe outage answers payment.unavailable, keeps the hold and the row, and a retry reuses both with the same key', async () => {
    const fake = createFakePayments()
    const now = Date.now()
    const bookingId = await heldBooking(db, db.data.a, { holdUntil: now + 15 * minute })
    fake.failNext(outage())
    const error = await refusal(
      startBookingCheckout(db.app, fake, clientOf(db.data.a), { bookingId, ...urls }, { now }),
    )
    expect([error.code, error.messageKey]).toEqual(['UNAVAILABLE', 'payment.unavailable'])

    const read = readBack(db, db.data.a.id)
    const [left] = await read.checkoutsOf(bookingId)
    expect(left).toMatchObject({ status: 'open', stripeSessionId: null, url: null })
    const booking = await read.booking(bookingId)
    expect(booking?.status).toBe('pending_payment')
    expect(booking?.holdExpiresAt?.getTime()).toBe(left?.expiresAt.getTime())

    const retried = await startBookingCheckout(
      db.app,
      fake,
      clientOf(db.data.a),
      { bookingId, ...urls },
      { now: now + minute },
    )
    expect(retried.checkoutId).toBe(left?.id)
    expect(fake.callsOf('createPaymentCheckout').map((call) => call.idempotencyKey)).toEqual([
      `checkout:${left?.id}`,
      `checkout:${left?.id}`,
    ])
    expect(await read.checkoutsOf(bookingId)).toHaveLength(1)
  })

  it('refuses when the business cannot take card payments yet', async () => {
    const fake = createFakePayments()
    const bookingId = await heldBooking(db, db.data.b, { holdUntil: Date.now() + 15 * minute })
    await db.app.withTenant({ actor: 'system', tenantId: db.data.b.id }, (tx) =>
      tx
        .update(tenantPaymentSettings)
        .set({ cardPayments: 'pending' })
        .where(eq(tenantPaymentSettings.tenantId, db.data.b.id)),
    )
    const error = await refusal(startBookingCheckout(db.app, fake, clientOf(db.data.b), { bookingId, ...urls }))
    expect([error.code, error.messageKey]).toEqual(['CONFLICT', 'payment.notConnected'])
    expect(fake.calls).toEqual([])
    expect(await readBack(db, db.data.b.id).checkoutsOf(bookingId)).toEqual([])
  })
})
