import type { Tx } from '@portail/db'
import { payments } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { type InvoiceRow, lockInvoice } from './invoice-rows'
import { addPayment } from './settle-invoice'

/**
 * A payment that succeeded (a card payment confirmed by Stripe's webhook) counts toward its
 * invoice: called by core-payments as the system actor inside the transaction that records the
 * event. The payment must be this invoice's client's, succeeded, in CAD, and either unattached or
 * already attached to this invoice; it may not take the invoice past its balance. Audited as
 * invoice.paid. Idempotency is the caller's: the webhook applies each event once.
 */
export async function applyPaymentToInvoice(
  tx: Tx,
  input: { tenantId: string; invoiceId: string; paymentId: string },
  now = Date.now(),
): Promise<InvoiceRow> {
  const row = await lockInvoice(tx, input.tenantId, input.invoiceId)
  const [payment] = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.tenantId, input.tenantId), eq(payments.id, input.paymentId)))
    .for('update')
  if (!payment) throw new DomainError('NOT_FOUND', 'invoice.paymentNotFound', { field: 'paymentId' })
  if (
    payment.clientId !== row.clientId ||
    payment.status !== 'succeeded' ||
    payment.currency !== row.currency ||
    (payment.invoiceId !== null && payment.invoiceId !== row.id)
  )
    throw new DomainError('BAD_REQUEST', 'invoice.paymentNotUsable', { field: 'paymentId' })
  const updated = await addPayment(tx, row, payment.amountCents, now)
  if (payment.invoiceId === null)
    await tx
      .update(payments)
      .set({ invoiceId: row.id, updatedAt: new Date(now) })
      .where(and(eq(payments.tenantId, input.tenantId), eq(payments.id, payment.id)))
  await appendAudit(tx, {
    tenantId: input.tenantId,
    actorUserId: null,
    actorRole: 'system',
    action: 'invoice.paid',
    entityType: 'invoice',
    entityId: row.id,
    clientId: row.clientId,
    details: { paymentId: payment.id, amountCents: String(payment.amountCents), status: updated.status },
  })
  return updated
}
