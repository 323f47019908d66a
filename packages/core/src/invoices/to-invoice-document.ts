import { type InvoiceDocument, type ProvinceCode, provinceCodes } from '@portail/billing'
import type { InvoiceDetail } from './get-invoice'

const asProvince = (value: string): ProvinceCode => {
  const found = provinceCodes.find((code) => code === value)
  if (!found) throw new Error(`not a province: ${value}`)
  return found
}

const paymentWords: Record<string, string> = {
  cash: 'Comptant / Cash',
  etransfer: 'Virement Interac / Interac e-Transfer',
  cheque: 'Chèque / Cheque',
  other: 'Autre / Other',
}

/**
 * What the PDF of an issued invoice or credit note shows, from its detail (numbers, taxes and
 * snapshots were all decided at issue: the renderer computes nothing). A draft has no document.
 */
export function toInvoiceDocument(invoice: InvoiceDetail, options: { brandColor: string | null }): InvoiceDocument {
  if (invoice.number === null || invoice.issueDate === null || invoice.seller === null || invoice.buyer === null)
    throw new Error('a draft has no document')
  return {
    kind: invoice.kind,
    language: invoice.language,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    references:
      invoice.credits?.number && invoice.credits.issueDate
        ? { number: invoice.credits.number, issueDate: invoice.credits.issueDate }
        : null,
    currency: 'CAD',
    seller: { ...invoice.seller, brandColor: options.brandColor },
    buyer: invoice.buyer,
    placeOfSupply: asProvince(invoice.placeOfSupply),
    lines: invoice.lines.map((line) => ({
      descriptionFr: line.descriptionFr,
      descriptionEn: line.descriptionEn,
      quantity: line.quantity,
      unitCents: line.unitCents,
      amountCents: line.amountCents,
    })),
    subtotalCents: invoice.subtotalCents,
    taxes: invoice.taxes,
    totalCents: invoice.totalCents,
    paidCents: invoice.paidCents,
    balanceCents: invoice.balanceCents,
    paymentMethod: null,
    notes: invoice.notes,
  }
}

/** A receipt for one payment of an invoice: the invoice's lines and taxes, the amount received. */
export function toReceiptDocument(
  invoice: InvoiceDetail,
  paymentId: string,
  options: { brandColor: string | null; issueDate: string },
): InvoiceDocument {
  const document = toInvoiceDocument(invoice, options)
  const payment = invoice.payments.find((candidate) => candidate.id === paymentId)
  if (!payment?.receiptNumber) throw new Error('a receipt needs a numbered payment of this invoice')
  return {
    ...document,
    kind: 'receipt',
    number: payment.receiptNumber,
    issueDate: options.issueDate,
    dueDate: null,
    references: { number: document.number, issueDate: document.issueDate },
    paidCents: payment.amountCents,
    paymentMethod:
      payment.cardLast4 !== null
        ? `${payment.cardBrand ?? 'Carte / Card'} •••• ${payment.cardLast4}`
        : (paymentWords[payment.method] ?? payment.method),
  }
}
