import type { Tx } from '@portail/db'
import { clientCredits, invoices, payments, refunds } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, asc, eq, ne, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { issueCreditNote } from '../invoices/issue-credit-note'
import { type ApplyResult, type MoneyActor, outcomeOnly } from './follow-ups'

type RefundRow = typeof refunds.$inferSelect

export interface RefundResult {
  status: 'pending' | 'succeeded' | 'failed' | 'canceled'
  stripeRefundId: string | null
}

/**
 * Brings a refund row to what Stripe (or the offline record) says, once: the move to succeeded
 * adds its amount to the payment's refunded_cents, issues the credit note of the payment's invoice
 * (when it has one) and sends `refund/succeeded`; the move to failed only audits. A refund already
 * in that state changes nothing (duplicate_object). Runs in the caller's transaction.
 */
export async function settleRefund(
  tx: Tx,
  tenantId: string,
  refund: RefundRow,
  result: RefundResult,
  actor: MoneyActor,
  at: Date,
): Promise<ApplyResult> {
  const status = result.status === 'canceled' ? 'failed' : result.status
  if (result.stripeRefundId && !refund.stripeRefundId)
    await tx
      .update(refunds)
      .set({ stripeRefundId: result.stripeRefundId, updatedAt: at })
      .where(and(eq(refunds.tenantId, tenantId), eq(refunds.id, refund.id)))
  if (status === 'pending' || status === refund.status) return outcomeOnly('duplicate_object')
  // A refund that succeeded stays so (a late 'failed' of an older state changes nothing).
  if (refund.status === 'succeeded') return outcomeOnly('ignored')
  const [moved] = await tx
    .update(refunds)
    .set({ status, updatedAt: at })
    .where(and(eq(refunds.tenantId, tenantId), eq(refunds.id, refund.id), ne(refunds.status, status)))
    .returning()
  if (!moved) return outcomeOnly('duplicate_object')
  if (status === 'failed') {
    await appendAudit(tx, {
      tenantId,
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: 'refund.failed',
      entityType: 'refund',
      entityId: refund.id,
      clientId: refund.clientId,
      details: { paymentId: refund.paymentId, amountCents: String(refund.amountCents) },
    })
    return outcomeOnly('applied')
  }
  const [payment] = await tx
    .update(payments)
    .set({ refundedCents: sql`${payments.refundedCents} + ${refund.amountCents}`, updatedAt: at })
    .where(and(eq(payments.tenantId, tenantId), eq(payments.id, refund.paymentId)))
    .returning()
  if (!payment) throw new Error('refund of a missing payment')
  if (payment.invoiceId && !refund.creditNoteId) {
    const [invoice] = await tx
      .select({ subtotalCents: invoices.subtotalCents, totalCents: invoices.totalCents, taxes: invoices.taxes })
      .from(invoices)
      .where(and(eq(invoices.tenantId, tenantId), eq(invoices.id, payment.invoiceId)))
    // The refund is money back, taxes included; the credit note takes a pre-tax amount (its taxes
    // follow by the engine). A refund of the invoice's whole total credits it whole, exactly.
    const whole = !invoice || refund.amountCents >= invoice.totalCents
    const preTax = whole ? undefined : preTaxOf(refund.amountCents, invoice)
    await releaseCredits(tx, tenantId, payment.id, preTax, at)
    await issueCreditNote(
      tx,
      {
        tenantId,
        invoiceId: payment.invoiceId,
        reason: refund.reason,
        refundId: refund.id,
        by: { userId: actor.userId, role: actor.role },
        ...(preTax === undefined ? {} : { amountCents: preTax }),
      },
      at.getTime(),
    )
  }
  await appendAudit(tx, {
    tenantId,
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: 'refund.succeeded',
    entityType: 'refund',
    entityId: refund.id,
    clientId: refund.clientId,
    details: { paymentId: refund.paymentId, amountCents: String(refund.amountCents) },
  })
  await sendEvent(tx, tenantId, {
    name: 'refund/succeeded',
    payload: { refundId: refund.id, paymentId: refund.paymentId, clientId: refund.clientId },
  })
  return outcomeOnly('applied')
}

/**
 * The pre-tax amount whose credit note comes back to `refundCents` taxes included: the engine taxes
 * the credit note's pro-rated lines at the invoice's rates, half-up once per tax, so the
 * candidates around the plain ratio are tried and the one that lands on the refund to the cent is
 * taken (the nearest when none does, e.g. a refund of 0.01 on a taxed invoice).
 */
export function preTaxOf(
  refundCents: number,
  invoice: { subtotalCents: number; totalCents: number; taxes: { amountCents: number; ratePercent: number }[] },
): number {
  if (invoice.totalCents <= 0 || invoice.subtotalCents <= 0) return refundCents
  const estimate = Math.round((refundCents * invoice.subtotalCents) / invoice.totalCents)
  // Each tax at its rate on the share of the base it applied to (1 when every line was taxable).
  const taxes = invoice.taxes.map((tax) => {
    const full = (invoice.subtotalCents * tax.ratePercent) / 100
    return { rate: tax.ratePercent / 100, share: full > 0 ? Math.round((tax.amountCents / full) * 100) / 100 : 0 }
  })
  const totalOf = (base: number) =>
    base + taxes.reduce((sum, tax) => sum + Math.floor(base * tax.share * tax.rate + 0.5), 0)
  let best = estimate
  for (const candidate of [estimate, estimate - 1, estimate + 1, estimate - 2, estimate + 2]) {
    if (candidate < 1 || candidate > invoice.subtotalCents) continue
    if (Math.abs(totalOf(candidate) - refundCents) < Math.abs(totalOf(best) - refundCents)) best = candidate
  }
  return Math.max(1, Math.min(best, invoice.subtotalCents))
}

/**
 * A refunded deposit is no longer the client's to spend: the available credits it created lose the
 * refund's pre-tax amount (all of it for a whole refund) and become 'refunded' once empty, so the
 * visit's final invoice does not deduct money already given back. A credit already applied to an
 * invoice is left as it is (that invoice's own credit note is staff's call).
 */
async function releaseCredits(tx: Tx, tenantId: string, paymentId: string, preTaxCents: number | undefined, at: Date) {
  const credits = await tx
    .select()
    .from(clientCredits)
    .where(
      and(
        eq(clientCredits.tenantId, tenantId),
        eq(clientCredits.sourcePaymentId, paymentId),
        eq(clientCredits.status, 'available'),
      ),
    )
    .orderBy(asc(clientCredits.createdAt))
    .for('update')
  let left = preTaxCents ?? Number.MAX_SAFE_INTEGER
  for (const credit of credits) {
    if (left <= 0) break
    const taken = Math.min(left, credit.remainingCents)
    left -= taken
    const remaining = credit.remainingCents - taken
    await tx
      .update(clientCredits)
      .set({ remainingCents: remaining, status: remaining === 0 ? 'refunded' : 'available', updatedAt: at })
      .where(and(eq(clientCredits.tenantId, tenantId), eq(clientCredits.id, credit.id)))
  }
}
