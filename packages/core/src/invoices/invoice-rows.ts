import type { Tx } from '@portail/db'
import { invoiceLines, invoices } from '@portail/db/schema'
import { and, asc, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import type { DraftLine } from './draft-line'

export type InvoiceRow = typeof invoices.$inferSelect
export type InvoiceLineRow = typeof invoiceLines.$inferSelect

export const invoiceNotFound = () => new DomainError('NOT_FOUND', 'invoice.notFound', { field: 'invoiceId' })

/** The invoice, locked for the rest of the transaction (issue, void, pay and credit take turns). */
export async function lockInvoice(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceRow> {
  const [row] = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.id, invoiceId)))
    .for('update')
  if (!row) throw invoiceNotFound()
  return row
}

export const linesOf = (tx: Tx, tenantId: string, invoiceId: string) =>
  tx
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.tenantId, tenantId), eq(invoiceLines.invoiceId, invoiceId)))
    .orderBy(asc(invoiceLines.position))

export const draftLineOf = (row: InvoiceLineRow): DraftLine => ({
  descriptionFr: row.descriptionFr,
  descriptionEn: row.descriptionEn,
  quantity: row.quantity,
  unitCents: row.unitCents,
  amountCents: row.amountCents,
  taxable: row.taxable,
  pstApplies: row.pstApplies,
  kind: row.kind,
  bookingId: row.bookingId,
})

/**
 * Writes an invoice's lines, numbered from 1. `replace` first deletes a draft's lines (staff only:
 * the system actor has no DELETE, and a trigger keeps an issued invoice's lines as issued).
 */
export async function writeLines(
  tx: Tx,
  invoice: { tenantId: string; id: string; clientId: string },
  lines: readonly DraftLine[],
  replace = false,
): Promise<void> {
  if (replace)
    await tx
      .delete(invoiceLines)
      .where(and(eq(invoiceLines.tenantId, invoice.tenantId), eq(invoiceLines.invoiceId, invoice.id)))
  if (lines.length === 0) return
  await tx.insert(invoiceLines).values(
    lines.map((line, index) => ({
      ...line,
      tenantId: invoice.tenantId,
      invoiceId: invoice.id,
      clientId: invoice.clientId,
      position: index + 1,
    })),
  )
}
