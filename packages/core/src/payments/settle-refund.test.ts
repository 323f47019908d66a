import { describe, expect, it } from 'vitest'
import { preTaxOf } from './settle-refund'

// A $50 deposit taxed in Quebec: GST 2.50, QST 4.99 (9.975 %), 57.49 in all.
const deposit = {
  subtotalCents: 5000,
  totalCents: 5749,
  taxes: [
    { code: 'GST', ratePercent: 5, amountCents: 250 },
    { code: 'QST', ratePercent: 9.975, amountCents: 499 },
  ],
}

describe('preTaxOf (the pre-tax amount a refund credits)', () => {
  it('finds the base whose taxes bring it back to the refund to the cent', () => {
    // 17.40 + 0.87 + 1.74 = 20.01
    expect(preTaxOf(2001, deposit)).toBe(1740)
    // 8.70 + 0.44 + 0.87 = 10.01
    expect(preTaxOf(1001, deposit)).toBe(870)
  })

  it('takes the nearest base when no base lands on the refund (20.00 lies between 19.99 and 20.01)', () => {
    expect(preTaxOf(2000, deposit)).toBe(1739)
  })

  it('credits an untaxed invoice by the amount itself', () => {
    expect(preTaxOf(1234, { subtotalCents: 5000, totalCents: 5000, taxes: [] })).toBe(1234)
  })
})
