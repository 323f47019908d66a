import { computeInvoiceTaxes } from '@portail/billing'
import type { Tx } from '@portail/db'
import type { InvoiceLanguage } from '@portail/db/schema'
import { formatDate, localDateOf } from '../calendar-date'
import { loadBusinessBilling } from './business-billing'
import { type DraftLine, taxableLineOf } from './draft-line'
import { bookingAddressProvince, loadClientBilling, placeAndLanguage } from './invoice-parties'

/**
 * The amounts, place and language a draft shows until it is issued (issuing decides them again
 * from the facts of that day): staff see the taxes before they issue.
 */
export async function priceDraft(
  tx: Tx,
  tenantId: string,
  draft: { clientId: string; bookingId: string | null; lines: readonly DraftLine[] },
  now: number,
) {
  const [business, client, serviceProvince] = await Promise.all([
    loadBusinessBilling(tx, tenantId),
    loadClientBilling(tx, tenantId, draft.clientId),
    bookingAddressProvince(tx, tenantId, draft.bookingId),
  ])
  const { placeOfSupply, language } = placeAndLanguage(business, client, serviceProvince)
  const taxes = computeInvoiceTaxes({
    lines: draft.lines.map(taxableLineOf),
    placeOfSupply,
    date: formatDate(localDateOf(now, business.timeZone)),
    registrations: business.registrations,
  })
  return {
    placeOfSupply,
    language: language satisfies InvoiceLanguage,
    subtotalCents: taxes.subtotalCents,
    taxCents: taxes.totalCents - taxes.subtotalCents,
    totalCents: taxes.totalCents,
    taxes: taxes.taxes,
  }
}
