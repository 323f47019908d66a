/**
 * Staff refunds: never more than is still refundable (pending refunds count), nothing sent to
 * Stripe when refused; a card refund is sent with the key refund:<id> and, once it succeeds, shows
 * on the payment with a credit note; an outage leaves it pending; an offline payment is refunded
 * by record only; another business's payment is not found; bad input is refused by its key.
 */
import { clientCredits, invoices, payments } from '@portail/db/schema'
import { type TestDatabase, type TwoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestRefund, startBookingCheckout } from '../src/payments'
import { createFakePayments, type FakePayments, outage } from './support/fake-payments'
import {
  accountOf,
  clientOf,
  connectedTestDatabase,
  deliver,
  depositTotalCents,
  heldBooking,
  ownerOf,
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

/** A deposit of A's client paid by card through checkout and webhook: its payment id. */
async function paidDeposit(fake: FakePayments): Promise<{ paymentId: string; bookingId: string }> {
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
  await deliver(db, fake, completed)
  const [payment] = await readBack(db, db.data.a.id).paymentsOf(bookingId)
  if (!payment) throw new Error('deposit not paid')
  return { paymentId: payment.id, bookingId }
}

const creditNotesOf = (bookingId: string) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select()
      .from(invoices)
      .where(
        and(eq(invoices.tenantId, db.data.a.id), eq(invoices.bookingId, bookingId), eq(invoices.kind, 'credit_note')),
      ),
  )

describe('requestRefund', () => {
  it('refuses more than was paid, and calls nothing', async () => {
    const fake = createFakePayments()
    const { paymentId } = await paidDeposit(fake)
    const error = await refusal(
      requestRefund(db.app, fake, ownerOf(db.data.a), {
        paymentId,
        amountCents: depositTotalCents + 1,
        reason: 'Erreur',
      }),
    )
    expect([error.code, error.messageKey, error.field]).toEqual([
      'BAD_REQUEST',
      'payment.refundTooLarge',
      'amountCents',
    ])
    expect(fake.callsOf('refund')).toEqual([])
    expect(await readBack(db, db.data.a.id).refundsOf(paymentId)).toEqual([])
  })

  it('refunds part of a card payment: sent with its key, shown on the payment with a credit note once it succeeds', async () => {
    const fake = createFakePayments()
    fake.refundStatus = 'succeeded'
    const { paymentId, bookingId } = await paidDeposit(fake)
    const done = await requestRefund(db.app, fake, ownerOf(db.data.a), {
      paymentId,
      amountCents: 2001,
      reason: 'Geste commercial',
    })
    expect(done.status).toBe('succeeded')
    expect(fake.callsOf('refund')).toMatchObject([
      { idempotencyKey: `refund:${done.refundId}`, input: { accountId: accountOf.a, amountCents: 2001 } },
    ])
    const read = readBack(db, db.data.a.id)
    expect((await read.paymentsOf(bookingId))[0]?.refundedCents).toBe(2001)
    // 17.40 + GST 0.87 + QST 1.74 = 20.01: the credit note documents the refund to the cent.
    const [note] = await creditNotesOf(bookingId)
    expect(note).toMatchObject({ kind: 'credit_note', subtotalCents: -1740, totalCents: -2001 })
    const [refund] = await read.refundsOf(paymentId)
    expect(refund?.creditNoteId).toBe(note?.id)
    // The deposit's credit toward the visit loses what was given back (pre-tax): 50.00 − 17.40.
    const credits = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx.select().from(clientCredits).where(eq(clientCredits.sourcePaymentId, paymentId)),
    )
    expect(credits.map((credit) => [credit.remainingCents, credit.status])).toEqual([[3260, 'available']])
    expect(await read.eventsAbout(done.refundId)).toEqual(['refund/succeeded'])
    expect(await read.audit('refund.succeeded')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityId: done.refundId, actorUserId: db.data.a.ownerUserId }),
      ]),
    )

    // What is left (57.49 − 20.01) is the most a second refund may take; a pending refund counts too.
    fake.refundStatus = 'pending'
    const tooMuch = await refusal(
      requestRefund(db.app, fake, ownerOf(db.data.a), { paymentId, amountCents: 3749, reason: 'Reste' }),
    )
    expect(tooMuch.messageKey).toBe('payment.refundTooLarge')
    const pending = await requestRefund(db.app, fake, ownerOf(db.data.a), {
      paymentId,
      amountCents: 3700,
      reason: 'Reste',
    })
    expect(pending.status).toBe('pending')
    const more = await refusal(
      requestRefund(db.app, fake, ownerOf(db.data.a), { paymentId, amountCents: 50, reason: 'Encore' }),
    )
    expect(more.messageKey).toBe('payment.refundTooLarge')
  })

  it('on a Stripe outage answers payment.unavailable and keeps the refund pending to be sent again', async () => {
    const fake = createFakePayments()
    const { paymentId } = await paidDeposit(fake)
    fake.failNext(outage())
    const error = await refusal(
      requestRefund(db.app, fake, ownerOf(db.data.a), { paymentId, amountCents: 1000, reason: 'Panne' }),
    )
    expect([error.code, error.messageKey]).toEqual(['UNAVAILABLE', 'payment.unavailable'])
    const [refund] = await readBack(db, db.data.a.id).refundsOf(paymentId)
    expect(refund).toMatchObject({ status: 'pending', stripeRefundId: null, amountCents: 1000 })
    expect((await readBack(db, db.data.a.id).paymentsOf(refund?.paymentId ?? '')).length).toBe(0)
  })

  it('refunds an offline payment by record only, without Stripe', async () => {
    const fake = createFakePayments()
    const paymentId = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, async (tx) => {
      const [row] = await tx
        .insert(payments)
        .values({
          tenantId: db.data.a.id,
          clientId: db.data.a.clientId,
          purpose: 'invoice',
          method: 'cash',
          status: 'succeeded',
          amountCents: 3000,
          receivedAt: new Date(),
        })
        .returning({ id: payments.id })
      return row?.id ?? ''
    })
    const done = await requestRefund(db.app, fake, ownerOf(db.data.a), {
      paymentId,
      amountCents: 3000,
      reason: 'Trop perçu',
    })
    expect(done.status).toBe('succeeded')
    expect(fake.calls).toEqual([])
    const [refund] = await readBack(db, db.data.a.id).refundsOf(paymentId)
    expect(refund).toMatchObject({ status: 'succeeded', amountCents: 3000 })
  })

  it('does not find another business’s payment', async () => {
    const fake = createFakePayments()
    const { paymentId } = await paidDeposit(fake)
    const error = await refusal(
      requestRefund(db.app, fake, ownerOf(db.data.b), { paymentId, amountCents: 100, reason: 'Non' }),
    )
    expect([error.code, error.messageKey]).toEqual(['NOT_FOUND', 'payment.notFound'])
    expect(fake.callsOf('refund')).toEqual([])
  })

  it('refuses absurd amounts, another currency and an empty reason by their message keys', async () => {
    const fake = createFakePayments()
    const paymentId = '01a25298-0000-7000-8000-000000000000'
    const cases = [
      [{ paymentId, amountCents: 0, reason: 'x' }, 'payment.amountInvalid'],
      [{ paymentId, amountCents: -500, reason: 'x' }, 'payment.amountInvalid'],
      [{ paymentId, amountCents: 1e12, reason: 'x' }, 'payment.amountInvalid'],
      [{ paymentId, amountCents: 10.5, reason: 'x' }, 'payment.amountInvalid'],
      [{ paymentId, amountCents: 100, currency: 'USD', reason: 'x' }, 'payment.currencyUnsupported'],
      [{ paymentId, amountCents: 100, reason: '   ' }, 'payment.reasonInvalid'],
      [{ paymentId, amountCents: 100, reason: 'x'.repeat(501) }, 'payment.reasonInvalid'],
    ] as const
    for (const [input, key] of cases) {
      const error = await refusal(requestRefund(db.app, fake, ownerOf(db.data.a), input))
      expect([error.code, error.messageKey], JSON.stringify(input).slice(0, 80)).toEqual(['BAD_REQUEST', key])
    }
    expect(fake.calls).toEqual([])
  })
})
