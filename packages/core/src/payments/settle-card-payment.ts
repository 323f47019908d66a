import type { Tx } from '@portail/db'
import { checkoutSessions, payments } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq, ne } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { applyPaymentToInvoice } from '../invoices/apply-payment-to-invoice'
import { confirmPaidBooking } from './confirm-paid-booking'
import { type ApplyResult, asUuid, outcomeOnly } from './follow-ups'

type CheckoutRow = typeof checkoutSessions.$inferSelect
type PaymentRow = typeof payments.$inferSelect

/** What Stripe says was charged: from checkout.session.completed or payment_intent.succeeded. */
export interface SucceededCharge {
  paymentIntentId: string
  amountCents: number
  currency: string
  applicationFeeCents: number | null
  card: { brand: string; last4: string } | null
}

/** The checkout a Stripe object belongs to: by Stripe's session id, else by our id it carries. */
export async function findCheckout(
  tx: Tx,
  tenantId: string,
  ref: { sessionId?: string | null; checkoutId?: string | null },
): Promise<CheckoutRow | undefined> {
  if (ref.sessionId) {
    const [bySession] = await tx
      .select()
      .from(checkoutSessions)
      .where(and(eq(checkoutSessions.tenantId, tenantId), eq(checkoutSessions.stripeSessionId, ref.sessionId)))
      .for('update')
    if (bySession) return bySession
  }
  const id = asUuid(ref.checkoutId)
  if (!id) return undefined
  const [byId] = await tx
    .select()
    .from(checkoutSessions)
    .where(and(eq(checkoutSessions.tenantId, tenantId), eq(checkoutSessions.id, id)))
    .for('update')
  // Our id with another Stripe session than the one stored is not this checkout.
  if (!byId || (ref.sessionId && byId.stripeSessionId && byId.stripeSessionId !== ref.sessionId)) return undefined
  return byId
}

async function paymentByIntent(tx: Tx, tenantId: string, paymentIntentId: string): Promise<PaymentRow | undefined> {
  const [row] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.stripePaymentIntentId, paymentIntentId)))
    .for('update')
  return row
}

/**
 * checkout.session.completed and payment_intent.succeeded may come in either order, or together,
 * or again: both converge here, on the one payments row of the payment intent (unique per tenant).
 * The first to see the payment succeed (an insert that wins the unique key, or the update that moves
 * it from pending or failed) runs the effects once: audit, `payment/succeeded`, the booking
 * confirmed (or refunded when its slot is gone), or the invoice paid. Any later one fills what it
 * knows (card, session) and answers duplicate_object.
 */
export async function settleCardPayment(
  tx: Tx,
  tenantId: string,
  charge: SucceededCharge,
  checkout: CheckoutRow | undefined,
  at: Date,
): Promise<ApplyResult> {
  const card = { cardBrand: charge.card?.brand ?? null, cardLast4: charge.card?.last4 ?? null }
  let row = await paymentByIntent(tx, tenantId, charge.paymentIntentId)
  let settled: PaymentRow | undefined
  if (!row) {
    // A charge we did not start (nothing of ours names it) is not ours to record.
    if (checkout?.mode !== 'payment' || !checkout.purpose) return outcomeOnly('ignored')
    const [inserted] = await tx
      .insert(payments)
      .values({
        tenantId,
        clientId: checkout.clientId,
        bookingId: checkout.bookingId,
        invoiceId: checkout.invoiceId,
        purpose: checkout.purpose,
        method: 'card',
        status: 'succeeded',
        amountCents: charge.amountCents,
        currency: charge.currency.toUpperCase(),
        applicationFeeCents: charge.applicationFeeCents ?? checkout.applicationFeeCents,
        stripePaymentIntentId: charge.paymentIntentId,
        stripeCheckoutSessionId: checkout.stripeSessionId,
        receivedAt: at,
        ...card,
      })
      .onConflictDoNothing()
      .returning()
    settled = inserted
    if (!settled) row = await paymentByIntent(tx, tenantId, charge.paymentIntentId)
  }
  if (!settled && row) {
    const [updated] = await tx
      .update(payments)
      .set({
        status: 'succeeded',
        receivedAt: at,
        failureCode: null,
        failureMessage: null,
        cardBrand: row.cardBrand ?? card.cardBrand,
        cardLast4: row.cardLast4 ?? card.cardLast4,
        stripeCheckoutSessionId: row.stripeCheckoutSessionId ?? checkout?.stripeSessionId ?? null,
        updatedAt: at,
      })
      .where(and(eq(payments.tenantId, tenantId), eq(payments.id, row.id), ne(payments.status, 'succeeded')))
      .returning()
    settled = updated
    if (!settled && (card.cardBrand || checkout?.stripeSessionId)) {
      await tx
        .update(payments)
        .set({
          cardBrand: row.cardBrand ?? card.cardBrand,
          cardLast4: row.cardLast4 ?? card.cardLast4,
          stripeCheckoutSessionId: row.stripeCheckoutSessionId ?? checkout?.stripeSessionId ?? null,
        })
        .where(and(eq(payments.tenantId, tenantId), eq(payments.id, row.id)))
    }
  }
  if (checkout && checkout.status !== 'complete')
    await tx
      .update(checkoutSessions)
      .set({ status: 'complete', updatedAt: at })
      .where(and(eq(checkoutSessions.tenantId, tenantId), eq(checkoutSessions.id, checkout.id)))
  if (!settled) return outcomeOnly('duplicate_object')

  await appendAudit(tx, {
    tenantId,
    actorUserId: null,
    actorRole: 'system',
    action: 'payment.succeeded',
    entityType: 'payment',
    entityId: settled.id,
    clientId: settled.clientId,
    details: { amountCents: String(settled.amountCents), purpose: settled.purpose },
  })
  await sendEvent(tx, tenantId, {
    name: 'payment/succeeded',
    payload: {
      paymentId: settled.id,
      clientId: settled.clientId,
      bookingId: settled.bookingId,
      invoiceId: settled.invoiceId,
    },
  })
  // A hold's payment confirms its booking; a fee or an invoice's payment pays its invoice.
  if (settled.bookingId && (settled.purpose === 'deposit' || settled.purpose === 'full'))
    return { outcome: 'applied', followUps: await confirmPaidBooking(tx, tenantId, settled, at) }
  if (settled.invoiceId)
    await applyPaymentToInvoice(tx, { tenantId, invoiceId: settled.invoiceId, paymentId: settled.id }, at.getTime())
  return outcomeOnly('applied')
}

/** What Stripe says failed: payment_intent.payment_failed. */
export interface FailedCharge {
  paymentIntentId: string
  amountCents: number
  code: string | null
  message: string | null
}

/**
 * A declined or failed card payment: recorded once on the payment intent's row (created from its
 * checkout when it is the first we hear of it), audited, `payment/failed` sent. A booking stays
 * pending until its hold expires (the client may try another card on the same session). A failure
 * after a success changes nothing (events come in any order; a succeeded payment stays so).
 */
export async function failCardPayment(
  tx: Tx,
  tenantId: string,
  failure: FailedCharge,
  checkout: CheckoutRow | undefined,
  at: Date,
): Promise<ApplyResult> {
  const fields = {
    failureCode: failure.code?.slice(0, 200) ?? null,
    failureMessage: failure.message?.slice(0, 2000) ?? null,
  }
  let failed: PaymentRow | undefined
  const row = await paymentByIntent(tx, tenantId, failure.paymentIntentId)
  if (!row) {
    if (checkout?.mode !== 'payment' || !checkout.purpose) return outcomeOnly('ignored')
    const [inserted] = await tx
      .insert(payments)
      .values({
        tenantId,
        clientId: checkout.clientId,
        bookingId: checkout.bookingId,
        invoiceId: checkout.invoiceId,
        purpose: checkout.purpose,
        method: 'card',
        status: 'failed',
        amountCents: failure.amountCents > 0 ? failure.amountCents : checkout.amountCents,
        applicationFeeCents: checkout.applicationFeeCents,
        stripePaymentIntentId: failure.paymentIntentId,
        stripeCheckoutSessionId: checkout.stripeSessionId,
        ...fields,
      })
      .onConflictDoNothing()
      .returning()
    failed = inserted
    if (!failed) return outcomeOnly('duplicate_object')
  } else {
    if (row.status === 'succeeded' || row.status === 'cancelled') return outcomeOnly('ignored')
    const [updated] = await tx
      .update(payments)
      .set({ status: 'failed', ...fields, updatedAt: at })
      .where(and(eq(payments.tenantId, tenantId), eq(payments.id, row.id), eq(payments.status, row.status)))
      .returning()
    // A second failure of the same intent (another card declined) updates the reason, quietly.
    if (!updated || row.status === 'failed') return outcomeOnly('duplicate_object')
    failed = updated
  }
  await appendAudit(tx, {
    tenantId,
    actorUserId: null,
    actorRole: 'system',
    action: 'payment.failed',
    entityType: 'payment',
    entityId: failed.id,
    clientId: failed.clientId,
    details: { code: fields.failureCode ?? 'unknown' },
  })
  await sendEvent(tx, tenantId, {
    name: 'payment/failed',
    payload: { paymentId: failed.id, clientId: failed.clientId, bookingId: failed.bookingId },
  })
  return outcomeOnly('applied')
}
