import { describe, expect, it } from 'vitest'
import { formatInvoiceNumber } from './format-invoice-number'

describe('formatInvoiceNumber', () => {
  it('prefixes each kind and pads to six digits', () => {
    expect(formatInvoiceNumber('invoice', 42)).toBe('F-000042')
    expect(formatInvoiceNumber('credit_note', 3)).toBe('NC-000003')
    expect(formatInvoiceNumber('receipt', 17)).toBe('R-000017')
    expect(formatInvoiceNumber('invoice', 1_234_567)).toBe('F-1234567')
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses %s', (n) => {
    expect(() => formatInvoiceNumber('invoice', n)).toThrow(RangeError)
  })

  it('refuses an unknown kind', () => {
    expect(() => formatInvoiceNumber('quote' as 'invoice', 1)).toThrow(/unknown kind/)
  })
})
