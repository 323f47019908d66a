import type { TaxReport } from './tax-report'

const headers = {
  fr: ['Poste', 'Taxe', 'Taux (%)', 'Perçu', 'Crédité', 'Net'],
  en: ['Item', 'Tax', 'Rate (%)', 'Collected', 'Credited', 'Net'],
} as const

const words = {
  fr: { sales: 'Ventes (avant taxes)', tax: 'Taxe', GST: 'TPS', HST: 'TVH', QST: 'TVQ', PST: 'TVP', RST: 'TVD' },
  en: { sales: 'Sales (before tax)', tax: 'Tax', GST: 'GST', HST: 'HST', QST: 'QST', PST: 'PST', RST: 'RST' },
} as const

/** Cents as a plain decimal a spreadsheet reads in any locale: "-1234.50", no thousands separator. */
export function plainDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/**
 * The tax report as CSV (RFC 4180: comma-separated, CRLF line ends), headers and labels in the
 * reader's language; one row for sales, then one per tax and rate. Amounts are plain decimals.
 */
export function taxReportCsv(report: TaxReport, locale: 'fr' | 'en'): string {
  const word = words[locale]
  const rows: string[][] = [
    [...headers[locale]],
    [
      word.sales,
      '',
      '',
      plainDecimal(report.salesCents),
      plainDecimal(report.creditedSalesCents),
      plainDecimal(report.netSalesCents),
    ],
    ...report.taxes.map((tax) => [
      word.tax,
      word[tax.code],
      String(tax.ratePercent),
      plainDecimal(tax.collectedCents),
      plainDecimal(tax.creditedCents),
      plainDecimal(tax.netCents),
    ]),
  ]
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}
