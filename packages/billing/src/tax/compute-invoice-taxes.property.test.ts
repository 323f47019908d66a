import { describe, expect, it } from 'vitest'
import { computeInvoiceTaxes } from './compute-invoice-taxes'
import { rateDenominator } from './half-up'
import { taxRatesOn } from './tax-rates-on'
import { provinceCodes, type ComputeInvoiceTaxesInput, type TaxableLine } from './types'

/** mulberry32: a small seeded PRNG, so a failure replays with the same invoices. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generatedInvoices(count: number, seed: number): ComputeInvoiceTaxesInput[] {
  const random = seeded(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const dates = ['2024-12-31', '2025-03-31', '2025-04-01', '2026-06-15']
  return Array.from({ length: count }, () => {
    const lines: TaxableLine[] = Array.from({ length: int(1, 25) }, () => ({
      // Mostly small amounts (where rounding matters), sometimes the largest allowed.
      amountCents: random() < 0.05 ? int(1, 100_000_000) : int(1, 200_000),
      taxable: random() < 0.85,
      pstApplies: random() < 0.5,
    }))
    return {
      lines,
      placeOfSupply: pick(provinceCodes),
      date: pick(dates),
      registrations: {
        gstHst: random() < 0.9 ? '123456789RT0001' : null,
        qst: random() < 0.8 ? '1234567890TQ0001' : null,
        pst: random() < 0.7 ? 'PST-1' : null,
      },
    }
  })
}

const invoices = generatedInvoices(3000, 20261207)

describe('computeInvoiceTaxes over 3000 generated invoices', () => {
  it('total = subtotal + the sum of the taxes, all integers', () => {
    for (const input of invoices) {
      const result = computeInvoiceTaxes(input)
      const taxSum = result.taxes.reduce((sum, tax) => sum + tax.amountCents, 0)
      expect(result.totalCents).toBe(result.subtotalCents + taxSum)
      expect(result.subtotalCents).toBe(input.lines.reduce((sum, line) => sum + line.amountCents, 0))
      for (const tax of result.taxes) expect(Number.isInteger(tax.amountCents)).toBe(true)
    }
  })

  it('each tax is within half a cent of the exact product of its base and rate', () => {
    for (const input of invoices) {
      const result = computeInvoiceTaxes(input)
      const rates = taxRatesOn(input.placeOfSupply, input.date)
      for (const tax of result.taxes) {
        const rate = rates.find((r) => r.code === tax.code)
        if (!rate) throw new Error(`${tax.code} is not a tax of ${input.placeOfSupply}`)
        const base = input.lines
          .filter((l) => l.taxable !== false && (rate.base === 'taxable' || l.pstApplies === true))
          .reduce((sum, l) => sum + l.amountCents, 0)
        // Compared in integers: |tax × den − base × rate| ≤ den / 2.
        expect(Math.abs(tax.amountCents * rateDenominator - base * rate.rateMilliPercent)).toBeLessThanOrEqual(
          rateDenominator / 2,
        )
      }
    }
  })

  it('a credit note negating every line negates the taxes and the total exactly', () => {
    for (const input of invoices) {
      const original = computeInvoiceTaxes(input)
      const credit = computeInvoiceTaxes({
        ...input,
        lines: input.lines.map((line) => ({ ...line, amountCents: -line.amountCents })),
      })
      expect(credit.subtotalCents).toBe(-original.subtotalCents)
      expect(credit.taxes).toEqual(original.taxes.map((tax) => ({ ...tax, amountCents: -tax.amountCents || 0 })))
      expect(credit.totalCents).toBe(-original.totalCents)
    }
  })
})
