import { parseOrThrow, isoDate, province as provinceSchema } from './input-schema'
import { rateTable, rateTableStart, type TaxRate } from './rate-table'
import type { ProvinceCode } from './types'

/** The taxes of a province on a day (before registrations are considered). */
export function taxRatesOn(province: ProvinceCode, date: string): readonly TaxRate[] {
  const code = parseOrThrow(provinceSchema, province, 'taxRatesOn')
  const day = parseOrThrow(isoDate, date, 'taxRatesOn')
  if (day < rateTableStart) {
    throw new RangeError(`taxRatesOn: no rates before ${rateTableStart} (got ${day})`)
  }
  // ISO dates compare as strings; the last period that started on or before the day wins.
  let current: readonly TaxRate[] = []
  for (const period of rateTable[code]) {
    if (period.from <= day) current = period.rates
  }
  return current
}

export type { TaxRate }
