import { describe, expect, it } from 'vitest'
import { centsOf, moneyInputOf, wholeNumberOf } from './money'

describe('centsOf', () => {
  it('reads amounts as staff type them in either language', () => {
    expect(centsOf('85')).toBe(8500)
    expect(centsOf('85,5')).toBe(8550)
    expect(centsOf('85.05')).toBe(8505)
    expect(centsOf('1 234,56')).toBe(123456)
    expect(centsOf('275,00 $')).toBe(27500)
    expect(centsOf('0')).toBe(0)
  })

  it('refuses what is not an amount', () => {
    expect(centsOf('')).toBeNull()
    expect(centsOf('-5')).toBeNull()
    expect(centsOf('8,555')).toBeNull()
    expect(centsOf('abc')).toBeNull()
  })
})

describe('moneyInputOf', () => {
  it('writes cents back with the reader’s decimal separator', () => {
    expect(moneyInputOf(27500, 'fr')).toBe('275,00')
    expect(moneyInputOf(8505, 'en')).toBe('85.05')
    expect(centsOf(moneyInputOf(123456, 'fr'))).toBe(123456)
  })
})

describe('wholeNumberOf', () => {
  it('takes whole numbers only', () => {
    expect(wholeNumberOf(' 60 ')).toBe(60)
    expect(wholeNumberOf('1.5')).toBeNull()
    expect(wholeNumberOf('')).toBeNull()
  })
})
