import type { Database } from '@portail/db'
import { payments } from '@portail/db/schema'
import type { ZRecordOfflinePaymentInput } from '@portail/validators'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import { lockInvoice } from './invoice-rows'
import { addPayment, assertPayable } from './settle-invoice'
import { staffContext } from './staff-context'
import { takeNumber } from './take-number'

export type RecordOfflinePaymentData = z.output<typeof ZRecordOfflinePaymentInput>

/**
 * Staff record money received outside Stripe (cash, Interac e-Transfer, cheque, other) against an
 * issued invoice: 1 cent up to the balance. The payment row (succeeded, method ≠ card) gets a
 * receipt number from the business's 'receipt' series, the invoice becomes partly paid or paid,
 * audited as payment.recorded, all in one transaction.
 */
export async function recordOfflinePayment(
  database: Database,
  ctx: StaffActor,
  input: RecordOfflinePaymentData,
  now = Date.now(),
): Promise<InvoiceDetail> {
  return database.withTenant(staffContext(ctx), async (tx) => {
    const row = await lockInvoice(tx, ctx.tenantId, input.invoiceId)
    assertPayable(row)
    await addPayment(tx, row, input.amountCents, now)
    const receiptNumber = await takeNumber(tx, ctx.tenantId, 'receipt')
    const at = new Date(now)
    const [payment] = await tx
      .insert(payments)
      .values({
        tenantId: ctx.tenantId,
        clientId: row.clientId,
        invoiceId: row.id,
        bookingId: row.bookingId,
        purpose: 'invoice',
        method: input.method,
        status: 'succeeded',
        amountCents: input.amountCents,
        currency: input.currency,
        receivedAt: at,
        recordedByUserId: ctx.userId,
        note: input.note ?? null,
        receiptNumber,
      })
      .returning({ id: payments.id })
    if (!payment) throw new Error('payment insert returned no row')
    await appendAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.userId,
      actorRole: ctx.role,
      action: 'payment.recorded',
      entityType: 'payment',
      entityId: payment.id,
      clientId: row.clientId,
      details: { invoiceId: row.id, method: input.method, amountCents: String(input.amountCents) },
    })
    return getInvoice(tx, { tenantId: ctx.tenantId }, row.id)
  })
}
