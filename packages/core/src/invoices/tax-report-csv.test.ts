import { describe, expect, it } from 'vitest'
import { plainDecimal, taxReportCsv } from './tax-report-csv'
import type { TaxReport } from './tax-report'

const report: TaxReport = {
  from: '2026-01-01',
  to: '2026-03-31',
  invoiceCount: 2,
  creditNoteCount: 1,
  salesCents: 29998,
  creditedSalesCents: 5000,
  netSalesCents: 24998,
  taxes: [
    { code: 'GST', ratePercent: 5, collectedCents: 1500, creditedCents: 250, netCents: 1250 },
    { code: 'QST', ratePercent: 9.975, collectedCents: 2992, creditedCents: 499, netCents: 2493 },
  ],
}

describe('tax report CSV', () => {
  it('is RFC 4180 with the reader’s headers and plain decimal amounts', () => {
    expect(taxReportCsv(report, 'fr')).toBe(
      'Poste,Taxe,Taux (%),Perçu,Crédité,Net\r\n' +
        'Ventes (avant taxes),,,299.98,50.00,249.98\r\n' +
        'Taxe,TPS,5,15.00,2.50,12.50\r\n' +
        'Taxe,TVQ,9.975,29.92,4.99,24.93\r\n',
    )
    expect(taxReportCsv(report, 'en').split('\r\n')[0]).toBe('Item,Tax,Rate (%),Collected,Credited,Net')
    expect(taxReportCsv(report, 'en').split('\r\n')[2]).toBe('Tax,GST,5,15.00,2.50,12.50')
  })

  it('writes cents as plain decimals, negatives and large amounts included', () => {
    expect(plainDecimal(0)).toBe('0.00')
    expect(plainDecimal(5)).toBe('0.05')
    expect(plainDecimal(-5749)).toBe('-57.49')
    expect(plainDecimal(123456789)).toBe('1234567.89')
  })
})
