import type { Database } from '@portail/db'
import { invoices } from '@portail/db/schema'
import type { ZUpdateDraftInvoiceInput } from '@portail/validators'
import { and, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { customLine } from './draft-line'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import { draftLineOf, linesOf, lockInvoice, writeLines } from './invoice-rows'
import { priceDraft } from './price-draft'
import { staffContext } from './staff-context'

export type UpdateDraftInvoiceData = z.output<typeof ZUpdateDraftInvoiceInput>

/**
 * Staff change a draft's lines or notes (an issued invoice is never edited: it is credited). Lines
 * made from a booking or a deposit are replaced as a whole like any other. Not audited line by
 * line: the draft is not a document yet; issuing it is.
 */
export async function updateDraftInvoice(
  database: Database,
  ctx: StaffActor,
  input: UpdateDraftInvoiceData,
  now = Date.now(),
): Promise<InvoiceDetail> {
  return database.withTenant(staffContext(ctx), async (tx) => {
    const row = await lockInvoice(tx, ctx.tenantId, input.invoiceId)
    if (row.status !== 'draft') throw new DomainError('CONFLICT', 'invoice.notDraft', { field: 'invoiceId' })
    const lines =
      input.lines?.map((line) => customLine(line, row.bookingId)) ??
      (await linesOf(tx, ctx.tenantId, row.id)).map(draftLineOf)
    if (input.lines !== undefined) await writeLines(tx, row, lines, true)
    const priced = await priceDraft(tx, ctx.tenantId, { clientId: row.clientId, bookingId: row.bookingId, lines }, now)
    await tx
      .update(invoices)
      .set({ ...priced, ...(input.notes !== undefined ? { notes: input.notes } : {}), updatedAt: new Date(now) })
      .where(and(eq(invoices.tenantId, ctx.tenantId), eq(invoices.id, row.id)))
    return getInvoice(tx, { tenantId: ctx.tenantId }, row.id)
  })
}
