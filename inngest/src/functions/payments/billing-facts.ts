import { DomainError } from '@portail/core/errors'
import { getInvoice, type InvoiceDetail } from '@portail/core/invoices'
import type { Database, Tx } from '@portail/db'
import { payments, refunds } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { type BillingClient, type BillingSender, loadClient, loadSender } from './billing-recipient'

/** The invoice as the business's system actor reads it, or null when there is none by that id. */
export async function findInvoice(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceDetail | null> {
  try {
    return await getInvoice(tx, { tenantId }, invoiceId)
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null
    throw error
  }
}

export type PaymentRow = Pick<
  typeof payments.$inferSelect,
  | 'id'
  | 'clientId'
  | 'invoiceId'
  | 'bookingId'
  | 'status'
  | 'amountCents'
  | 'receivedAt'
  | 'receiptNumber'
  | 'failureMessage'
>

export async function findPayment(tx: Tx, tenantId: string, paymentId: string): Promise<PaymentRow | null> {
  const [row] = await tx
    .select({
      id: payments.id,
      clientId: payments.clientId,
      invoiceId: payments.invoiceId,
      bookingId: payments.bookingId,
      status: payments.status,
      amountCents: payments.amountCents,
      receivedAt: payments.receivedAt,
      receiptNumber: payments.receiptNumber,
      failureMessage: payments.failureMessage,
    })
    .from(payments)
    .where(and(eq(payments.tenantId, tenantId), eq(payments.id, paymentId)))
  return row ?? null
}

export type RefundRow = Pick<
  typeof refunds.$inferSelect,
  'id' | 'paymentId' | 'clientId' | 'creditNoteId' | 'amountCents' | 'status'
>

export async function findRefund(tx: Tx, tenantId: string, refundId: string): Promise<RefundRow | null> {
  const [row] = await tx
    .select({
      id: refunds.id,
      paymentId: refunds.paymentId,
      clientId: refunds.clientId,
      creditNoteId: refunds.creditNoteId,
      amountCents: refunds.amountCents,
      status: refunds.status,
    })
    .from(refunds)
    .where(and(eq(refunds.tenantId, tenantId), eq(refunds.id, refundId)))
  return row ?? null
}

/** Who sends and who receives: null when the business or the client is gone. */
export async function loadParties(
  tx: Tx,
  tenantId: string,
  clientId: string,
  portalOrigin: (slug: string) => string,
): Promise<{ sender: BillingSender; client: BillingClient } | null> {
  const sender = await loadSender(tx, tenantId, portalOrigin)
  const client = await loadClient(tx, tenantId, clientId)
  return sender && client ? { sender, client } : null
}

/** Reads as the business's system actor (the tenant comes from the event, matched in every where). */
export const asSystem =
  (database: Database, tenantId: string) =>
  <T>(run: (tx: Tx) => Promise<T>): Promise<T> =>
    database.withTenant({ actor: 'system', tenantId }, run)

/**
 * The language of a mail about a document: the document's own when it has one; a bilingual
 * document (fr-en) goes in the client's language.
 */
export const documentLocale = (language: InvoiceDetail['language'], client: BillingClient): 'fr' | 'en' =>
  language === 'fr-en' ? client.locale : language

/** An instant's calendar day on the business's clock, `YYYY-MM-DD` (a receipt's date). */
export const calendarDay = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
