import { type ProvinceCode, placeOfSupply, provinceCodes } from '@portail/billing'

const asProvince = (value: string | null | undefined): ProvinceCode | null =>
  provinceCodes.find((code) => code === value) ?? null

/**
 * Where the supply is made (next-wave §5, CRA place-of-supply rules): a visit at a service address
 * is a service to real property (a pool, a building), taxed where the property is; anything else
 * is taxed at the client's address; with neither known, at the business's own province. A
 * province outside Canada's list (a typo, a foreign address) counts as unknown.
 */
export function supplyProvince(input: {
  serviceAddressProvince: string | null | undefined
  clientProvince: string | null | undefined
  businessProvince: ProvinceCode
}): ProvinceCode {
  const property = asProvince(input.serviceAddressProvince)
  if (property)
    return placeOfSupply({
      kind: 'real_property',
      propertyProvince: property,
      businessProvince: input.businessProvince,
    })
  return placeOfSupply({
    kind: 'other',
    recipientProvince: asProvince(input.clientProvince),
    businessProvince: input.businessProvince,
  })
}
