import { halfUpCents } from './half-up'
import { computeInvoiceTaxesInput, parseOrThrow } from './input-schema'
import type { TaxRate } from './rate-table'
import { taxRatesOn } from './tax-rates-on'
import type { ComputeInvoiceTaxesInput, InvoiceTaxes, TaxAmount, TaxRegistrations } from './types'

function registeredFor(rate: TaxRate, registrations: TaxRegistrations): boolean {
  switch (rate.code) {
    case 'GST':
    case 'HST':
      return registrations.gstHst !== null
    case 'QST':
      return registrations.qst !== null
    case 'PST':
    case 'RST':
      return registrations.pst != null
  }
}

/**
 * Taxes of one invoice (or credit note): each tax rounded half-up once, on the sum of the lines it
 * applies to (Revenu Québec allows taxing the total before rounding). A tax is listed when the
 * business is registered for it and at least one line is in its base, even if it rounds to 0.
 * Not registered for GST/HST means no tax at all: QST and PST registration require it.
 */
export function computeInvoiceTaxes(input: ComputeInvoiceTaxesInput): InvoiceTaxes {
  const { lines, placeOfSupply, date, registrations } = parseOrThrow(
    computeInvoiceTaxesInput,
    input,
    'computeInvoiceTaxes',
  )
  let subtotalCents = 0
  let taxableCents = 0
  let pstCents = 0
  let taxableLines = 0
  let pstLines = 0
  for (const line of lines) {
    subtotalCents += line.amountCents
    if (line.taxable === false) continue
    taxableCents += line.amountCents
    taxableLines += 1
    if (line.pstApplies === true) {
      pstCents += line.amountCents
      pstLines += 1
    }
  }

  const taxes: TaxAmount[] = []
  if (registrations.gstHst !== null) {
    for (const rate of taxRatesOn(placeOfSupply, date)) {
      if (rate.rateMilliPercent === 0 || !registeredFor(rate, registrations)) continue
      const inPst = rate.base === 'pst'
      if ((inPst ? pstLines : taxableLines) === 0) continue
      taxes.push({
        code: rate.code,
        ratePercent: rate.ratePercent,
        amountCents: halfUpCents(inPst ? pstCents : taxableCents, rate.rateMilliPercent),
      })
    }
  } else {
    // Still refuse a date outside the table, so an unregistered business sees the same errors.
    taxRatesOn(placeOfSupply, date)
  }

  const totalCents = taxes.reduce((sum, tax) => sum + tax.amountCents, subtotalCents)
  return { subtotalCents, taxes, totalCents }
}
