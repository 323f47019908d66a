import type { Tx } from '@portail/db'
import { invoices } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import type { InvoiceRow } from './invoice-rows'
import { balanceSql } from './invoice-view'

/** The balance of a locked invoice (see balanceSql). */
export async function balanceOf(tx: Tx, row: Pick<InvoiceRow, 'tenantId' | 'id'>): Promise<number> {
  const [found] = await tx
    .select({ balance: balanceSql })
    .from(invoices)
    .where(and(eq(invoices.tenantId, row.tenantId), eq(invoices.id, row.id)))
  return found?.balance ?? 0
}

/** An invoice that can take a payment: issued or partly paid (a draft has no number, void and paid take none). */
export function assertPayable(row: InvoiceRow): void {
  if (row.kind !== 'invoice') throw new DomainError('BAD_REQUEST', 'invoice.notPayable', { field: 'invoiceId' })
  if (row.status === 'void') throw new DomainError('CONFLICT', 'invoice.isVoid', { field: 'invoiceId' })
  if (row.status === 'draft') throw new DomainError('CONFLICT', 'invoice.notIssued', { field: 'invoiceId' })
  if (row.status === 'paid') throw new DomainError('CONFLICT', 'invoice.notPayable', { field: 'invoiceId' })
}

/**
 * Adds a payment to a locked, payable invoice: refuses to go past the balance (nothing changed),
 * then sets paid_cents and the status (paid once nothing is due, else partly paid).
 */
export async function addPayment(tx: Tx, row: InvoiceRow, amountCents: number, now: number): Promise<InvoiceRow> {
  assertPayable(row)
  const balance = await balanceOf(tx, row)
  if (amountCents > balance) throw new DomainError('BAD_REQUEST', 'invoice.overpayment', { field: 'amountCents' })
  const [updated] = await tx
    .update(invoices)
    .set({
      paidCents: row.paidCents + amountCents,
      status: amountCents === balance ? 'paid' : 'partly_paid',
      updatedAt: new Date(now),
    })
    .where(and(eq(invoices.tenantId, row.tenantId), eq(invoices.id, row.id)))
    .returning()
  if (!updated) throw new Error('invoice vanished while locked')
  return updated
}
