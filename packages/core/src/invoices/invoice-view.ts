import { formatInvoiceNumber } from '@portail/billing'
import { invoices, payments } from '@portail/db/schema'
import { sql } from 'drizzle-orm'
import type { InvoiceRow } from './invoice-rows'

/**
 * What the client still owes on an invoice: its total, less the credit notes that credit it, less
 * what was paid on it net of refunds. A refund always comes with a credit note of the same amount,
 * so a refunded payment leaves the balance where it was; a credit note on an unpaid invoice lowers
 * what is due. Never below zero; 0 for drafts, void invoices and credit notes.
 */
export const balanceSql = sql<number>`(case when ${invoices.kind} = 'invoice' and ${invoices.status} in ('issued', 'partly_paid') then greatest(0,
  ${invoices.totalCents}
  + coalesce((select sum(c.total_cents) from invoices c where c.tenant_id = ${invoices.tenantId} and c.credits_invoice_id = ${invoices.id} and c.status <> 'draft' and c.status <> 'void'), 0)
  - ${invoices.paidCents}
  + coalesce((select sum(p.refunded_cents) from ${payments} p where p.tenant_id = ${invoices.tenantId} and p.invoice_id = ${invoices.id} and p.status = 'succeeded'), 0)
) else 0 end)::int`

/** The number as printed ('F-000042', 'NC-000003'), null for a draft. */
export const printedNumber = (row: Pick<InvoiceRow, 'kind' | 'number'>) =>
  row.number === null ? null : formatInvoiceNumber(row.kind, row.number)

export interface InvoiceSummary {
  id: string
  kind: InvoiceRow['kind']
  status: InvoiceRow['status']
  number: string | null
  clientId: string
  clientName: string
  bookingId: string | null
  creditsInvoiceId: string | null
  source: InvoiceRow['source']
  currency: string
  issueDate: string | null
  dueDate: string | null
  subtotalCents: number
  taxCents: number
  totalCents: number
  paidCents: number
  balanceCents: number
}

export const summaryOf = (row: InvoiceRow, clientName: string, balanceCents: number): InvoiceSummary => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  number: printedNumber(row),
  clientId: row.clientId,
  clientName: row.buyer?.name ?? clientName,
  bookingId: row.bookingId,
  creditsInvoiceId: row.creditsInvoiceId,
  source: row.source,
  currency: row.currency,
  issueDate: row.issueDate,
  dueDate: row.dueDate,
  subtotalCents: row.subtotalCents,
  taxCents: row.taxCents,
  totalCents: row.totalCents,
  paidCents: row.paidCents,
  balanceCents,
})
