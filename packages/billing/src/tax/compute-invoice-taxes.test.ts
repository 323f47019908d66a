import { describe, expect, it } from 'vitest'
import { computeInvoiceTaxes } from './compute-invoice-taxes'
import type { ComputeInvoiceTaxesInput, TaxableLine } from './types'

const quebecBusiness = { gstHst: '123456789RT0001', qst: '1234567890TQ0001' }
const invoice = (
  lines: TaxableLine[],
  placeOfSupply: ComputeInvoiceTaxesInput['placeOfSupply'] = 'QC',
  overrides: Partial<ComputeInvoiceTaxesInput> = {},
): ComputeInvoiceTaxesInput => ({
  lines,
  placeOfSupply,
  date: '2026-06-15',
  registrations: quebecBusiness,
  ...overrides,
})

describe('computeInvoiceTaxes: worked examples and cases, exact to the cent', () => {
  it.each([
    {
      name: '§5 #1: a Quebec pool opening of 149.99 $ totals 172.45 $',
      input: invoice([{ amountCents: 14999 }]),
      expected: {
        subtotalCents: 14999,
        taxes: [
          { code: 'GST', ratePercent: 5, amountCents: 750 },
          { code: 'QST', ratePercent: 9.975, amountCents: 1496 },
        ],
        totalCents: 17245,
      },
    },
    {
      name: '§5 #2: a partial credit note of −50.00 $ totals −57.49 $',
      input: invoice([{ amountCents: -5000 }]),
      expected: {
        subtotalCents: -5000,
        taxes: [
          { code: 'GST', ratePercent: 5, amountCents: -250 },
          { code: 'QST', ratePercent: 9.975, amountCents: -499 },
        ],
        totalCents: -5749,
      },
    },
    {
      // Per line it would be 1560 + 592 + 130 = 2282: the invoice rounds once, on 175.49 $.
      name: 'several lines in Ontario: HST 13 % once on the sum',
      input: invoice([{ amountCents: 12000 }, { amountCents: 4550 }, { amountCents: 999 }], 'ON'),
      expected: {
        subtotalCents: 17549,
        taxes: [{ code: 'HST', ratePercent: 13, amountCents: 2281 }],
        totalCents: 19830,
      },
    },
    {
      name: 'a line outside the taxes (a tip) is in the subtotal, not in the base',
      input: invoice([{ amountCents: 10000 }, { amountCents: 2000, taxable: false }]),
      expected: {
        subtotalCents: 12000,
        taxes: [
          { code: 'GST', ratePercent: 5, amountCents: 500 },
          { code: 'QST', ratePercent: 9.975, amountCents: 998 },
        ],
        totalCents: 13498,
      },
    },
    {
      name: 'a business not registered for GST/HST charges no tax at all',
      input: invoice([{ amountCents: 14999 }], 'QC', {
        registrations: { gstHst: null, qst: '1234567890TQ0001' },
      }),
      expected: { subtotalCents: 14999, taxes: [], totalCents: 14999 },
    },
    {
      name: 'registered for GST but not QST: a Quebec supply carries GST only',
      input: invoice([{ amountCents: 14999 }], 'QC', {
        registrations: { gstHst: '123456789RT0001', qst: null },
      }),
      expected: {
        subtotalCents: 14999,
        taxes: [{ code: 'GST', ratePercent: 5, amountCents: 750 }],
        totalCents: 15749,
      },
    },
    {
      name: 'only non-taxable lines: no tax listed',
      input: invoice([{ amountCents: 5000, taxable: false }]),
      expected: { subtotalCents: 5000, taxes: [], totalCents: 5000 },
    },
    {
      name: 'a tax that rounds to 0 is still listed (GST on 0.05 $ in Alberta)',
      input: invoice([{ amountCents: 5 }], 'AB'),
      expected: {
        subtotalCents: 5,
        taxes: [{ code: 'GST', ratePercent: 5, amountCents: 0 }],
        totalCents: 5,
      },
    },
    {
      name: 'half a cent rounds away from zero both ways',
      input: invoice([{ amountCents: 10 }, { amountCents: -20 }], 'AB'),
      expected: {
        subtotalCents: -10,
        taxes: [{ code: 'GST', ratePercent: 5, amountCents: -1 }],
        totalCents: -11,
      },
    },
  ])('$name', ({ input, expected }) => {
    expect(computeInvoiceTaxes(input)).toEqual(expected)
  })
})

describe('computeInvoiceTaxes: a deposit then the balance', () => {
  it('taxes each invoice on its own, neither corrected to match one invoice of the whole', () => {
    const deposit = computeInvoiceTaxes(invoice([{ amountCents: 33333 }]))
    const balance = computeInvoiceTaxes(invoice([{ amountCents: 66667 }], 'QC', { date: '2026-07-02' }))
    expect(deposit.taxes.map((t) => t.amountCents)).toEqual([1667, 3325])
    expect(deposit.totalCents).toBe(38325)
    expect(balance.taxes.map((t) => t.amountCents)).toEqual([3333, 6650])
    expect(balance.totalCents).toBe(76650)
  })
})

describe('computeInvoiceTaxes: place of supply and dated rates', () => {
  it('a Quebec business serving an Ontario company charges HST 13 % and no QST', () => {
    expect(computeInvoiceTaxes(invoice([{ amountCents: 100000 }], 'ON'))).toEqual({
      subtotalCents: 100000,
      taxes: [{ code: 'HST', ratePercent: 13, amountCents: 13000 }],
      totalCents: 113000,
    })
  })

  it('Nova Scotia HST is 15 % on 2025-03-31 and 14 % from 2025-04-01', () => {
    const onDay = (date: string) =>
      computeInvoiceTaxes(invoice([{ amountCents: 19999 }], 'NS', { date })).taxes
    expect(onDay('2025-03-31')).toEqual([{ code: 'HST', ratePercent: 15, amountCents: 3000 }])
    expect(onDay('2025-04-01')).toEqual([{ code: 'HST', ratePercent: 14, amountCents: 2800 }])
  })

  it('British Columbia PST 7 % only on lines with pstApplies, and only when registered for PST', () => {
    const lines = [{ amountCents: 10000, pstApplies: true }, { amountCents: 5000 }]
    const registered = { gstHst: '123456789RT0001', qst: null, pst: 'PST-1234-5678' }
    expect(computeInvoiceTaxes(invoice(lines, 'BC', { registrations: registered }))).toEqual({
      subtotalCents: 15000,
      taxes: [
        { code: 'GST', ratePercent: 5, amountCents: 750 },
        { code: 'PST', ratePercent: 7, amountCents: 700 },
      ],
      totalCents: 16450,
    })
    const noPstLine = computeInvoiceTaxes(
      invoice([{ amountCents: 10000 }, { amountCents: 5000 }], 'BC', { registrations: registered }),
    )
    expect(noPstLine.taxes).toEqual([{ code: 'GST', ratePercent: 5, amountCents: 750 }])
    const notRegistered = computeInvoiceTaxes(
      invoice(lines, 'BC', { registrations: { ...registered, pst: null } }),
    )
    expect(notRegistered.totalCents).toBe(15750)
  })

  it('Manitoba RST 7 % and Saskatchewan PST 6 % on a PST line', () => {
    const registrations = { gstHst: '123456789RT0001', qst: null, pst: 'X-1' }
    const line = [{ amountCents: 12345, pstApplies: true }]
    expect(computeInvoiceTaxes(invoice(line, 'MB', { registrations })).taxes).toEqual([
      { code: 'GST', ratePercent: 5, amountCents: 617 },
      { code: 'RST', ratePercent: 7, amountCents: 864 },
    ])
    expect(computeInvoiceTaxes(invoice(line, 'SK', { registrations })).taxes).toEqual([
      { code: 'GST', ratePercent: 5, amountCents: 617 },
      { code: 'PST', ratePercent: 6, amountCents: 741 },
    ])
  })
})

describe('computeInvoiceTaxes: refused input', () => {
  it.each([
    ['non-integer cents', invoice([{ amountCents: 10.5 }]), /integer/],
    ['a line above 1,000,000 $', invoice([{ amountCents: 100_000_001 }]), /at most 100000000/],
    ['a line below −1,000,000 $', invoice([{ amountCents: -100_000_001 }]), /at most 100000000/],
    ['501 lines', invoice(Array.from({ length: 501 }, () => ({ amountCents: 1 }))), /at most 500 lines/],
    ['a date not YYYY-MM-DD', invoice([{ amountCents: 1 }], 'QC', { date: '2026-6-15' }), /YYYY-MM-DD/],
    ['a day that does not exist', invoice([{ amountCents: 1 }], 'QC', { date: '2026-02-30' }), /YYYY-MM-DD/],
    ['a date before the rate table', invoice([{ amountCents: 1 }], 'QC', { date: '2019-06-30' }), /no rates before/],
    ['an unknown province', { ...invoice([{ amountCents: 1 }]), placeOfSupply: 'XX' }, /unknown province/],
  ])('%s', (_name, input, message) => {
    expect(() => computeInvoiceTaxes(input as ComputeInvoiceTaxesInput)).toThrow(RangeError)
    expect(() => computeInvoiceTaxes(input as ComputeInvoiceTaxesInput)).toThrow(message)
  })
})
