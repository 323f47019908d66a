import type { Database } from '@portail/db'
import { invoices, payments } from '@portail/db/schema'
import type { ZVoidInvoiceInput } from '@portail/validators'
import { and, count, eq, inArray } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import { lockInvoice } from './invoice-rows'
import { staffContext } from './staff-context'

export type VoidInvoiceData = z.output<typeof ZVoidInvoiceInput>

/**
 * Staff void an issued invoice nobody paid anything on (a mistake, a cancelled job). The number
 * stays used (a void invoice is kept, never deleted: the series stays gapless). An invoice with a
 * payment, pending or received, is refused: it needs a credit note instead. A draft is not voided
 * (it has no number): staff change it.
 */
export async function voidInvoice(
  database: Database,
  ctx: StaffActor,
  input: VoidInvoiceData,
  now = Date.now(),
): Promise<InvoiceDetail> {
  return database.withTenant(staffContext(ctx), async (tx) => {
    const row = await lockInvoice(tx, ctx.tenantId, input.invoiceId)
    if (row.status === 'void') throw new DomainError('CONFLICT', 'invoice.isVoid', { field: 'invoiceId' })
    if (row.status === 'draft') throw new DomainError('CONFLICT', 'invoice.notIssued', { field: 'invoiceId' })
    const [taken] = await tx
      .select({ n: count() })
      .from(payments)
      .where(
        and(
          eq(payments.tenantId, ctx.tenantId),
          eq(payments.invoiceId, row.id),
          inArray(payments.status, ['pending', 'succeeded']),
        ),
      )
    if (row.paidCents > 0 || row.status !== 'issued' || (taken?.n ?? 0) > 0)
      throw new DomainError('CONFLICT', 'invoice.hasPayments', { field: 'invoiceId' })
    const at = new Date(now)
    await tx
      .update(invoices)
      .set({ status: 'void', voidedAt: at, voidReason: input.reason, updatedAt: at })
      .where(and(eq(invoices.tenantId, ctx.tenantId), eq(invoices.id, row.id)))
    await appendAudit(tx, {
      tenantId: ctx.tenantId,
      actorUserId: ctx.userId,
      actorRole: ctx.role,
      action: 'invoice.voided',
      entityType: 'invoice',
      entityId: row.id,
      clientId: row.clientId,
      reason: input.reason,
      details: { number: String(row.number) },
    })
    return getInvoice(tx, { tenantId: ctx.tenantId }, row.id)
  })
}
