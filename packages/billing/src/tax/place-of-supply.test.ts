import { describe, expect, it } from 'vitest'
import { placeOfSupply } from './place-of-supply'

describe('placeOfSupply (CRA rules for services)', () => {
  it('a service to real property is supplied where the property is (QC firm, ON warehouse)', () => {
    expect(
      placeOfSupply({ kind: 'real_property', propertyProvince: 'ON', recipientProvince: 'QC', businessProvince: 'QC' }),
    ).toBe('ON')
  })

  it('a personal service in the client’s presence is supplied where it is performed', () => {
    expect(
      placeOfSupply({ kind: 'in_person', performedProvince: 'NB', recipientProvince: 'QC', businessProvince: 'QC' }),
    ).toBe('NB')
  })

  it('any other service is supplied at the recipient’s address (QC designer, ON company)', () => {
    expect(
      placeOfSupply({ kind: 'other', performedProvince: 'QC', recipientProvince: 'ON', businessProvince: 'QC' }),
    ).toBe('ON')
  })

  it('falls back to the business’s province when the needed one is unknown', () => {
    expect(placeOfSupply({ kind: 'real_property', recipientProvince: 'ON', businessProvince: 'QC' })).toBe('QC')
    expect(placeOfSupply({ kind: 'in_person', performedProvince: null, businessProvince: 'BC' })).toBe('BC')
    expect(placeOfSupply({ kind: 'other', businessProvince: 'NS' })).toBe('NS')
  })

  it('refuses an unknown province', () => {
    expect(() => placeOfSupply({ kind: 'other', recipientProvince: 'ZZ' as 'QC', businessProvince: 'QC' })).toThrow(
      RangeError,
    )
  })
})
