import { describe, expect, it } from 'vitest'
import { formatDate, formatMoney, formatPercent } from './format'

// Intl separates fr-CA groups and the $ with U+00A0 / U+202F: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('PDF formatting', () => {
  it('prints cents as French or English Canadian dollars; a bilingual document in French', () => {
    expect(plain(formatMoney(123456, 'fr'))).toBe('1 234,56 $')
    expect(plain(formatMoney(123456, 'fr-en'))).toBe('1 234,56 $')
    expect(formatMoney(123456, 'en')).toBe('$1,234.56')
    expect(plain(formatMoney(-5749, 'fr'))).toBe('-57,49 $')
    expect(formatMoney(-5749, 'en')).toBe('-$57.49')
    expect(plain(formatMoney(-0, 'fr'))).toBe('0,00 $')
  })

  it('prints the day as written, whatever the time zone', () => {
    expect(formatDate('2026-05-04', 'fr')).toBe('4 mai 2026')
    expect(formatDate('2026-05-04', 'en')).toBe('May 4, 2026')
    expect(formatDate('2026-12-31', 'fr-en')).toBe('31 décembre 2026')
  })

  it('prints tax rates as tax authorities do', () => {
    expect(plain(formatPercent(9.975, 'fr'))).toBe('9,975 %')
    expect(formatPercent(9.975, 'en')).toBe('9.975%')
    expect(plain(formatPercent(5, 'fr-en'))).toBe('5 %')
  })
})
