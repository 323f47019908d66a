import { computeInvoiceTaxes } from '@portail/billing'
import { describe, expect, it } from 'vitest'
import { negatedLines, preTaxCreditFor, proRatedCreditLines } from './credit-note-lines'
import { type DraftLine, subtotalOf, taxableLineOf } from './draft-line'

const line = (amountCents: number, patch: Partial<DraftLine> = {}): DraftLine => ({
  descriptionFr: 'Ouverture de piscine',
  descriptionEn: 'Pool opening',
  quantity: 1,
  unitCents: amountCents,
  amountCents,
  taxable: true,
  pstApplies: false,
  kind: 'service',
  bookingId: null,
  ...patch,
})
const registrations = { gstHst: '123456789RT0001', qst: '1234567890TQ0001' }
const taxesOf = (lines: DraftLine[]) =>
  computeInvoiceTaxes({ lines: lines.map(taxableLineOf), placeOfSupply: 'QC', date: '2026-06-01', registrations })

describe('credit note lines', () => {
  it('a whole credit note negates the invoice to the cent (every tax, the total)', () => {
    const invoice = [line(14999), line(2501, { kind: 'option' }), line(1000, { taxable: false })]
    const charged = taxesOf(invoice)
    const credited = taxesOf(negatedLines(invoice))
    expect(credited.totalCents).toBe(-charged.totalCents)
    expect(credited.taxes).toEqual(charged.taxes.map((tax) => ({ ...tax, amountCents: -tax.amountCents })))
  })

  it('a partial 50.00 on the 149.99 Quebec invoice is the worked example: -50.00, -2.50, -4.99, -57.49', () => {
    const lines = proRatedCreditLines([line(14999)], 5000, 'F-000001')
    expect(lines).toHaveLength(1)
    expect(taxesOf(lines ?? [])).toEqual({
      subtotalCents: -5000,
      taxes: [
        { code: 'GST', ratePercent: 5, amountCents: -250 },
        { code: 'QST', ratePercent: 9.975, amountCents: -499 },
      ],
      totalCents: -5749,
    })
  })

  it('shares the amount between tax treatments in proportion, to the cent, and names the invoice', () => {
    const lines = proRatedCreditLines([line(10000), line(5000, { taxable: false })], 1001, 'F-000042') ?? []
    expect(subtotalOf(lines)).toBe(-1001)
    expect(lines.map((l) => [l.taxable, l.amountCents])).toEqual([
      [true, -667],
      [false, -334],
    ])
    expect(lines[0]?.descriptionFr).toBe('Crédit partiel sur la facture F-000042')
    expect(lines[1]?.descriptionEn).toBe('Partial credit on invoice F-000042 (not taxable)')
  })

  it('never credits past the positive base, and a deposit already applied lowers its treatment', () => {
    const withDeposit = [line(20000), line(-5000, { kind: 'deposit_applied' })]
    expect(proRatedCreditLines(withDeposit, 15001, 'F-1')).toBeNull()
    expect(subtotalOf(proRatedCreditLines(withDeposit, 15000, 'F-1') ?? [])).toBe(-15000)
    expect(proRatedCreditLines(withDeposit, 0, 'F-1')).toBeNull()
  })
})

describe('the pre-tax amount of a refund', () => {
  const treatment = { placeOfSupply: 'QC' as const, date: '2026-06-01', registrations }
  const invoice = [line(14999), line(1000, { taxable: false })]
  const creditTotal = (preTax: number) => -taxesOf(proRatedCreditLines(invoice, preTax, 'F-1') ?? []).totalCents

  it('finds the worked example back: a 57.49 refund on the 149.99 invoice is 50.00 before tax', () => {
    expect(preTaxCreditFor([line(14999)], 5749, 14999, treatment)).toEqual({ preTaxCents: 5000, totalCents: 5749 })
  })

  it('matches the refund exactly whenever some amount does, else the nearest total below it (every total to 30.00)', () => {
    const reachable = new Map<number, number>()
    for (let preTax = 1; preTax <= 3000; preTax++) reachable.set(creditTotal(preTax), preTax)
    for (let refund = 1; refund <= 3000; refund++) {
      const found = preTaxCreditFor(invoice, refund, 15999, treatment)
      if (reachable.has(refund)) expect(found?.totalCents, `refund ${refund}`).toBe(refund)
      else expect(found?.totalCents ?? 0, `refund ${refund}`).toBeLessThan(refund)
      if (found) expect(creditTotal(found.preTaxCents)).toBe(found.totalCents)
    }
  })

  it('stays within what is left to credit', () => {
    expect(preTaxCreditFor([line(14999)], 17245, 5000, treatment)).toEqual({ preTaxCents: 5000, totalCents: 5749 })
  })
})
