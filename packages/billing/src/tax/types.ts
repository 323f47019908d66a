/** Canadian provinces and territories: where a supply is made and where a business is registered. */
export const provinceCodes = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const
export type ProvinceCode = (typeof provinceCodes)[number]

export type TaxCode = 'GST' | 'HST' | 'QST' | 'PST' | 'RST'

export interface TaxableLine {
  /** Integer cents; negative on a credit note. */
  amountCents: number
  /** False for a line outside the taxes (e.g. a tip, an exempt supply). Default true. */
  taxable?: boolean
  /** Only lines with pstApplies get PST/RST (each province lists its own services). Default false. */
  pstApplies?: boolean
}

export interface TaxRegistrations {
  /** GST/HST number (BN RT0001), or null when not registered: then no GST, HST, QST or PST at all. */
  gstHst: string | null
  /** Quebec QST number (TQ0001), or null. */
  qst: string | null
  /** A provincial sales tax number (BC, MB, SK), or null. */
  pst?: string | null
}

export interface ComputeInvoiceTaxesInput {
  lines: TaxableLine[]
  /** Where the supply is made (see placeOfSupply). */
  placeOfSupply: ProvinceCode
  /** The date the tax becomes payable (issue date, or payment date for a deposit), YYYY-MM-DD. */
  date: string
  registrations: TaxRegistrations
}

export interface TaxAmount {
  code: TaxCode
  /** As printed, e.g. 5, 9.975, 13, 14. */
  ratePercent: number
  amountCents: number
}

export interface InvoiceTaxes {
  subtotalCents: number
  taxes: TaxAmount[]
  totalCents: number
}
