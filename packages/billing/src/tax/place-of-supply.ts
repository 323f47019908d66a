import { z } from 'zod'
import { parseOrThrow, province } from './input-schema'
import type { ProvinceCode } from './types'

export type SupplyKind = 'real_property' | 'in_person' | 'other'

export interface PlaceOfSupplyInput {
  /** Services to real property (a pool, a building): where the property is. */
  kind: SupplyKind
  propertyProvince?: ProvinceCode | null
  /** Personal services in the individual's presence: where they are performed. */
  performedProvince?: ProvinceCode | null
  /** Other services: the recipient's address obtained in the ordinary course of business. */
  recipientProvince?: ProvinceCode | null
  /** Fallback when the province the rule needs is unknown. */
  businessProvince: ProvinceCode
}

const placeOfSupplyInput = z.object({
  kind: z.enum(['real_property', 'in_person', 'other'], { error: 'unknown kind of supply' }),
  propertyProvince: province.nullish(),
  performedProvince: province.nullish(),
  recipientProvince: province.nullish(),
  businessProvince: province,
})

/** CRA "Place of supply rules for services" (SOR/2010-117 s. 13), reduced to the three cases we sell. */
export function placeOfSupply(input: PlaceOfSupplyInput): ProvinceCode {
  const parsed = parseOrThrow(placeOfSupplyInput, input, 'placeOfSupply')
  const needed =
    parsed.kind === 'real_property'
      ? parsed.propertyProvince
      : parsed.kind === 'in_person'
        ? parsed.performedProvince
        : parsed.recipientProvince
  return needed ?? parsed.businessProvince
}
