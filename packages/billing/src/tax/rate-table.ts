import type { ProvinceCode, TaxCode } from './types'

/** One tax of a province: which lines it applies to and at what rate. */
export interface TaxRate {
  code: TaxCode
  /** As printed: 5, 9.975, 13, 14. */
  ratePercent: number
  /** The rate × 1000, an integer (9.975 % → 9975): what the arithmetic uses. */
  rateMilliPercent: number
  /** 'taxable': every taxable line; 'pst': only taxable lines with pstApplies. */
  base: 'taxable' | 'pst'
}

interface DatedRates {
  /** First day these rates apply, YYYY-MM-DD (inclusive). */
  from: string
  rates: readonly TaxRate[]
}

const rate = (code: TaxCode, rateMilliPercent: number, base: TaxRate['base'] = 'taxable'): TaxRate => ({
  code,
  ratePercent: rateMilliPercent / 1000,
  rateMilliPercent,
  base,
})

/**
 * The table starts on 2019-07-01, the first day every rate below held (MB RST went from 8 % to 7 %
 * that day); older dates are refused rather than taxed at rates that did not apply then.
 * Sources: docs/decisions/invoice-taxes.md.
 */
export const rateTableStart = '2019-07-01'

const gst = rate('GST', 5000)
const gstOnly: readonly DatedRates[] = [{ from: rateTableStart, rates: [gst] }]
const hst15: readonly DatedRates[] = [{ from: rateTableStart, rates: [rate('HST', 15000)] }]

export const rateTable: Readonly<Record<ProvinceCode, readonly DatedRates[]>> = {
  AB: gstOnly,
  NT: gstOnly,
  NU: gstOnly,
  YT: gstOnly,
  ON: [{ from: rateTableStart, rates: [rate('HST', 13000)] }],
  NB: hst15,
  NL: hst15,
  PE: hst15,
  // The provincial part of the HST went from 10 % to 9 % (CRA Notice 342).
  NS: [
    { from: rateTableStart, rates: [rate('HST', 15000)] },
    { from: '2025-04-01', rates: [rate('HST', 14000)] },
  ],
  // QST is on the price before GST, never on GST (Revenu Québec, "Calculating the Taxes").
  QC: [{ from: rateTableStart, rates: [gst, rate('QST', 9975)] }],
  BC: [{ from: rateTableStart, rates: [gst, rate('PST', 7000, 'pst')] }],
  MB: [{ from: rateTableStart, rates: [gst, rate('RST', 7000, 'pst')] }],
  SK: [{ from: rateTableStart, rates: [gst, rate('PST', 6000, 'pst')] }],
}
