import type { InvoiceLanguage } from '@portail/db/schema'

/**
 * The language of an invoice. The Charter of the French language (art. 57, 89) wants invoices to a
 * Quebec client in French, another language allowed beside it if French is at least as prominent:
 * a French-speaking Quebec client gets French, any other Quebec client a bilingual invoice with
 * French first. Everyone else gets their own language.
 */
export function invoiceLanguage(clientProvince: string | null, clientLocale: 'fr' | 'en'): InvoiceLanguage {
  if (clientProvince === 'QC') return clientLocale === 'fr' ? 'fr' : 'fr-en'
  return clientLocale
}
