import type { TaxCode } from '../tax/types'
import type { InvoiceDocument } from './invoice-document'

/** Every string the PDF prints: one object per language, same keys (the PDF lives outside next-intl). */
export interface Labels {
  invoice: string
  credit_note: string
  receipt: string
  number: string
  issueDate: string
  dueDate: string
  /** Templates: {number}, {date}, {page}, {total} are filled by fill(). */
  creditsInvoice: string
  paysInvoice: string
  billTo: string
  description: string
  quantity: string
  unitPrice: string
  amount: string
  subtotal: string
  total: string
  paid: string
  amountReceived: string
  balanceDue: string
  paymentMethod: string
  notes: string
  gstHstNumber: string
  qstNumber: string
  pstNumber: string
  pageOf: string
  /** French puts a (non-breaking) space before a colon; English does not. */
  colon: string
  GST: string
  HST: string
  QST: string
  PST: string
  RST: string
}

const fr: Labels = {
  invoice: 'Facture',
  credit_note: 'Note de crédit',
  receipt: 'Reçu',
  number: 'N°',
  issueDate: 'Date',
  dueDate: 'Échéance',
  creditsInvoice: 'Crédite la facture {number} du {date}',
  paysInvoice: 'Paiement de la facture {number} du {date}',
  billTo: 'Facturé à',
  description: 'Description',
  quantity: 'Qté',
  unitPrice: 'Prix unitaire',
  amount: 'Montant',
  subtotal: 'Sous-total',
  total: 'Total',
  paid: 'Payé',
  amountReceived: 'Montant reçu',
  balanceDue: 'Solde dû',
  paymentMethod: 'Mode de paiement',
  notes: 'Notes',
  gstHstNumber: 'TPS/TVH n°',
  qstNumber: 'TVQ n°',
  pstNumber: 'TVP n°',
  pageOf: 'Page {page} de {total}',
  colon: '\u00a0:',
  GST: 'TPS',
  HST: 'TVH',
  QST: 'TVQ',
  PST: 'TVP',
  RST: 'TVD',
}

const en: Labels = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  receipt: 'Receipt',
  number: 'No.',
  issueDate: 'Date',
  dueDate: 'Due',
  creditsInvoice: 'Credits invoice {number} dated {date}',
  paysInvoice: 'Payment of invoice {number} dated {date}',
  billTo: 'Bill to',
  description: 'Description',
  quantity: 'Qty',
  unitPrice: 'Unit price',
  amount: 'Amount',
  subtotal: 'Subtotal',
  total: 'Total',
  paid: 'Paid',
  amountReceived: 'Amount received',
  balanceDue: 'Balance due',
  paymentMethod: 'Payment method',
  notes: 'Notes',
  gstHstNumber: 'GST/HST No.',
  qstNumber: 'QST No.',
  pstNumber: 'PST No.',
  pageOf: 'Page {page} of {total}',
  colon: ':',
  GST: 'GST',
  HST: 'HST',
  QST: 'QST',
  PST: 'PST',
  RST: 'RST',
}

/**
 * Registration labels are written bilingual the way tax authorities print them; punctuation follows
 * the first language.
 */
const bilingualExceptions: Pick<Labels, 'gstHstNumber' | 'qstNumber' | 'pstNumber' | 'colon'> = {
  gstHstNumber: 'TPS/GST n°',
  qstNumber: 'TVQ/QST n°',
  pstNumber: 'TVP/PST n°',
  colon: fr.colon,
}

const keys = Object.keys(fr) as (keyof Labels)[]

/** 'Français / English', French first (Charter of the French language, art. 89). */
function bilingual(): Labels {
  const labels = { ...fr }
  for (const key of keys) labels[key] = fr[key] === en[key] ? fr[key] : `${fr[key]} / ${en[key]}`
  return { ...labels, ...bilingualExceptions }
}

const byLanguage: Readonly<Record<InvoiceDocument['language'], Labels>> = { fr, en, 'fr-en': bilingual() }

export function labelsFor(language: InvoiceDocument['language']): Labels {
  return byLanguage[language]
}

export function taxLabel(labels: Labels, code: TaxCode): string {
  return labels[code]
}

export const labelCatalogs = { fr, en } as const

/** Fills the {name} slots of a label template. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  )
}
