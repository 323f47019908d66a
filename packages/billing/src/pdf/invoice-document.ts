import type { ProvinceCode, TaxAmount } from '../tax/types'

/**
 * Everything an invoice, credit note or receipt PDF shows, already decided by core (numbers, taxes,
 * snapshots of seller and buyer): the renderer computes nothing but layout and formatting.
 */
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note' | 'receipt'
  /** 'fr-en' puts French first and at least as prominent (Charter of the French language, art. 57, 89). */
  language: 'fr' | 'en' | 'fr-en'
  /** As printed, e.g. 'F-000042', 'NC-000003', 'R-000017'. */
  number: string
  /** YYYY-MM-DD in the business's time zone. */
  issueDate: string
  dueDate: string | null
  /** A credit note names the invoice it credits; a receipt the invoice it pays, if any. */
  references: { number: string; issueDate: string } | null
  currency: 'CAD'
  seller: {
    name: string
    address: string[]
    email: string | null
    phone: string | null
    gstHstNumber: string | null
    qstNumber: string | null
    pstNumber: string | null
    /** Hex colour of the business brand, used for rules and headings only (never text contrast). */
    brandColor: string | null
  }
  buyer: { name: string; address: string[]; email: string | null }
  placeOfSupply: ProvinceCode
  lines: {
    descriptionFr: string
    descriptionEn: string
    quantity: number
    unitCents: number
    amountCents: number
  }[]
  subtotalCents: number
  taxes: TaxAmount[]
  totalCents: number
  /** Deposits and payments already received (shown on an invoice after the total). */
  paidCents: number
  balanceCents: number
  /** A receipt: how it was paid (e.g. 'Visa •••• 4242', 'Interac e-Transfer'). */
  paymentMethod: string | null
  /** Free text from the business (terms, thanks), printed as given. */
  notes: string | null
}
