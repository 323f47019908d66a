import { describe, expect, it } from 'vitest'
import { platformFeeCents } from './platform-fee'

describe('platformFeeCents', () => {
  it.each([
    // 2.5 % of 149.99 $ = 374.975 cents → 375, plus 30 cents.
    { amountCents: 14999, feeBps: 250, feeFixedCents: 30, fee: 405 },
    // 1 % of 0.50 $ = 0.5 cent → 1 (half-up).
    { amountCents: 50, feeBps: 100, feeFixedCents: 0, fee: 1 },
    // 1 % of 0.49 $ = 0.49 cent → 0.
    { amountCents: 49, feeBps: 100, feeFixedCents: 0, fee: 0 },
    { amountCents: 10000, feeBps: 0, feeFixedCents: 0, fee: 0 },
    // Never more than the charge: 0.20 $ with a 0.30 $ fixed fee.
    { amountCents: 20, feeBps: 290, feeFixedCents: 30, fee: 20 },
    { amountCents: 10000, feeBps: 10_000, feeFixedCents: 100, fee: 10000 },
  ])('$amountCents cents at $feeBps bps + $feeFixedCents → $fee', ({ fee, ...input }) => {
    expect(platformFeeCents(input)).toBe(fee)
  })

  it.each([
    { amountCents: 10.5, feeBps: 100, feeFixedCents: 0 },
    { amountCents: -1, feeBps: 100, feeFixedCents: 0 },
    { amountCents: 100, feeBps: 10_001, feeFixedCents: 0 },
    { amountCents: 100, feeBps: 100, feeFixedCents: -5 },
  ])('refuses %o', (input) => {
    expect(() => platformFeeCents(input)).toThrow(RangeError)
  })
})
