import { describe, expect, it } from 'vitest'
import { taxRatesOn } from './tax-rates-on'

const printed = (province: Parameters<typeof taxRatesOn>[0], date: string) =>
  taxRatesOn(province, date).map((r) => `${r.code} ${r.ratePercent}${r.base === 'pst' ? ' (PST lines)' : ''}`)

describe('taxRatesOn', () => {
  it('lists each province’s taxes as printed', () => {
    expect(printed('QC', '2026-01-01')).toEqual(['GST 5', 'QST 9.975'])
    expect(printed('ON', '2026-01-01')).toEqual(['HST 13'])
    for (const p of ['NB', 'NL', 'PE'] as const) expect(printed(p, '2026-01-01')).toEqual(['HST 15'])
    for (const p of ['AB', 'NT', 'NU', 'YT'] as const) expect(printed(p, '2026-01-01')).toEqual(['GST 5'])
    expect(printed('BC', '2026-01-01')).toEqual(['GST 5', 'PST 7 (PST lines)'])
    expect(printed('MB', '2026-01-01')).toEqual(['GST 5', 'RST 7 (PST lines)'])
    expect(printed('SK', '2026-01-01')).toEqual(['GST 5', 'PST 6 (PST lines)'])
  })

  it('changes Nova Scotia’s HST on 2025-04-01', () => {
    expect(printed('NS', '2025-03-31')).toEqual(['HST 15'])
    expect(printed('NS', '2025-04-01')).toEqual(['HST 14'])
  })

  it('refuses an unknown province and a malformed date', () => {
    expect(() => taxRatesOn('QB' as 'QC', '2026-01-01')).toThrow(RangeError)
    expect(() => taxRatesOn('QC', '01/01/2026')).toThrow(/YYYY-MM-DD/)
  })
})
