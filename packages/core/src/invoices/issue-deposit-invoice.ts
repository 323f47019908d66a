import type { Tx } from '@portail/db'
import { clientCredits, payments } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import { depositLine, lockBooking, visitLines } from './booking-lines'
import { insertDraft } from './create-draft-invoice'
import { applyPaymentToInvoice } from './apply-payment-to-invoice'
import { subtotalOf } from './draft-line'
import { issueDraft } from './issue-draft'
import { systemIssuer } from './staff-context'

/**
 * After the payment taken at booking succeeded (core-payments calls this as the system actor in
 * the webhook's transaction): issues its invoice, taxed on the day it was paid, and marks it paid
 * by that payment. A deposit's invoice (source 'deposit') is followed by a client credit of the
 * pre-tax deposit for that booking, which the visit's final invoice applies (createBookingInvoice);
 * a cancelled visit's unused deposit stays an available credit. A full prepayment's invoice is the
 * visit's final invoice (source 'booking'). Idempotent per payment: a second call returns the
 * invoice the payment already paid.
 */
export async function issueDepositInvoice(
  tx: Tx,
  input: { tenantId: string; bookingId: string; paymentId: string },
): Promise<{ invoiceId: string; creditId: string | null }> {
  const booking = await lockBooking(tx, input.tenantId, input.bookingId)
  const [payment] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, input.tenantId), eq(payments.id, input.paymentId)))
    .for('update')
  if (
    payment?.bookingId !== booking.id ||
    payment.clientId !== booking.clientId ||
    payment.status !== 'succeeded' ||
    (payment.purpose !== 'deposit' && payment.purpose !== 'full')
  )
    throw new DomainError('BAD_REQUEST', 'invoice.paymentNotUsable', { field: 'paymentId' })
  if (payment.invoiceId !== null) {
    const [credit] = await tx
      .select({ id: clientCredits.id })
      .from(clientCredits)
      .where(and(eq(clientCredits.tenantId, input.tenantId), eq(clientCredits.sourcePaymentId, payment.id)))
    return { invoiceId: payment.invoiceId, creditId: credit?.id ?? null }
  }
  const paidAt = (payment.receivedAt ?? new Date()).getTime()
  const isDeposit = payment.purpose === 'deposit'
  const lines = isDeposit
    ? [depositLine(booking.snapshot, booking.id, booking.snapshot.depositCents ?? 0)]
    : visitLines(booking.snapshot, booking.id)
  if (subtotalOf(lines) <= 0) throw new DomainError('BAD_REQUEST', 'invoice.noDepositDue', { field: 'bookingId' })
  const issuer = systemIssuer(input.tenantId)
  const invoiceId = await insertDraft(
    tx,
    issuer,
    {
      clientId: booking.clientId,
      bookingId: booking.id,
      source: isDeposit ? 'deposit' : 'booking',
      lines,
      notes: null,
    },
    paidAt,
  )
  await issueDraft(tx, issuer, invoiceId, { now: paidAt })
  await applyPaymentToInvoice(tx, { tenantId: input.tenantId, invoiceId, paymentId: payment.id }, paidAt)
  if (!isDeposit) return { invoiceId, creditId: null }
  const depositCents = subtotalOf(lines)
  const [credit] = await tx
    .insert(clientCredits)
    .values({
      tenantId: input.tenantId,
      clientId: booking.clientId,
      sourcePaymentId: payment.id,
      bookingId: booking.id,
      amountCents: depositCents,
      remainingCents: depositCents,
    })
    .returning({ id: clientCredits.id })
  if (!credit) throw new Error('credit insert returned no row')
  return { invoiceId, creditId: credit.id }
}
