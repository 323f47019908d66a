import { formatInvoiceNumber } from '@portail/billing'
import type { Tx } from '@portail/db'
import {
  clients,
  type InvoiceBuyerSnapshot,
  type InvoiceSellerSnapshot,
  type InvoiceTaxAmount,
  invoices,
  payments,
} from '@portail/db/schema'
import { and, asc, eq, ne, type SQL } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { invoiceNotFound, linesOf } from './invoice-rows'
import { balanceSql, type InvoiceSummary, printedNumber, summaryOf } from './invoice-view'

/** Who reads: staff see every invoice of the business; a client only its own, never a draft. */
export interface InvoiceViewer {
  tenantId: string
  clientId?: string
}

export interface InvoiceDetail extends InvoiceSummary {
  language: 'fr' | 'en' | 'fr-en'
  placeOfSupply: string
  taxes: InvoiceTaxAmount[]
  seller: InvoiceSellerSnapshot | null
  buyer: InvoiceBuyerSnapshot | null
  notes: string | null
  voidReason: string | null
  lines: {
    position: number
    descriptionFr: string
    descriptionEn: string
    quantity: number
    unitCents: number
    amountCents: number
    taxable: boolean
    pstApplies: boolean
    kind: string
  }[]
  payments: {
    id: string
    method: string
    status: string
    amountCents: number
    refundedCents: number
    receivedAt: string | null
    receiptNumber: string | null
    cardBrand: string | null
    cardLast4: string | null
  }[]
  /** The credit notes of this invoice (issued ones). */
  creditNotes: { id: string; number: string | null; issueDate: string | null; totalCents: number }[]
  /** The invoice a credit note credits. */
  credits: { id: string; number: string | null; issueDate: string | null } | null
}

/** Rows of the viewer's invoices: a client's filter repeats what its row policy already says. */
export const viewerFilter = (viewer: InvoiceViewer): SQL[] =>
  viewer.clientId === undefined
    ? [eq(invoices.tenantId, viewer.tenantId)]
    : [eq(invoices.tenantId, viewer.tenantId), eq(invoices.clientId, viewer.clientId), ne(invoices.status, 'draft')]

/** One invoice with its lines, payments and credit notes; NOT_FOUND for anything the viewer may not see. */
export async function getInvoice(tx: Tx, viewer: InvoiceViewer, invoiceId: string): Promise<InvoiceDetail> {
  const [found] = await tx
    .select({ row: invoices, clientName: clients.fullName, balance: balanceSql })
    .from(invoices)
    .innerJoin(clients, and(eq(clients.tenantId, invoices.tenantId), eq(clients.id, invoices.clientId)))
    .where(and(eq(invoices.id, invoiceId), ...viewerFilter(viewer)))
  if (!found) throw invoiceNotFound()
  const { row } = found
  const [lines, paid, creditNotes, credited] = await Promise.all([
    linesOf(tx, viewer.tenantId, invoiceId),
    tx
      .select()
      .from(payments)
      .where(and(eq(payments.tenantId, viewer.tenantId), eq(payments.invoiceId, invoiceId)))
      .orderBy(asc(payments.createdAt)),
    tx
      .select()
      .from(invoices)
      .where(and(eq(invoices.creditsInvoiceId, invoiceId), ...viewerFilter(viewer), ne(invoices.status, 'draft')))
      .orderBy(asc(invoices.number)),
    row.creditsInvoiceId === null
      ? Promise.resolve([])
      : tx
          .select()
          .from(invoices)
          .where(and(eq(invoices.id, row.creditsInvoiceId), ...viewerFilter(viewer))),
  ])
  const credits = credited[0]
  return {
    ...summaryOf(row, found.clientName, found.balance),
    language: row.language,
    placeOfSupply: row.placeOfSupply,
    taxes: row.taxes,
    seller: row.seller,
    buyer: row.buyer,
    notes: row.notes,
    voidReason: row.voidReason,
    lines: lines.map((line) => ({
      position: line.position,
      descriptionFr: line.descriptionFr,
      descriptionEn: line.descriptionEn,
      quantity: line.quantity,
      unitCents: line.unitCents,
      amountCents: line.amountCents,
      taxable: line.taxable,
      pstApplies: line.pstApplies,
      kind: line.kind,
    })),
    payments: paid.map((payment) => ({
      id: payment.id,
      method: payment.method,
      status: payment.status,
      amountCents: payment.amountCents,
      refundedCents: payment.refundedCents,
      receivedAt: payment.receivedAt?.toISOString() ?? null,
      receiptNumber: payment.receiptNumber === null ? null : formatInvoiceNumber('receipt', payment.receiptNumber),
      cardBrand: payment.cardBrand,
      cardLast4: payment.cardLast4,
    })),
    creditNotes: creditNotes.map((note) => ({
      id: note.id,
      number: printedNumber(note),
      issueDate: note.issueDate,
      totalCents: note.totalCents,
    })),
    credits: credits ? { id: credits.id, number: printedNumber(credits), issueDate: credits.issueDate } : null,
  }
}

/** A client reads one of its own invoices (the client id from its session, never from input). */
export const getMyInvoice = (tx: Tx, client: ClientActor, invoiceId: string) =>
  getInvoice(tx, { tenantId: client.tenantId, clientId: client.clientId }, invoiceId)
