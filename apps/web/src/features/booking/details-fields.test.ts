import { describe, expect, it } from 'vitest'
import { addressToSend, detailsFromAddress, emptyDetails } from './details-fields'

describe('the address the wizard sends', () => {
  it('is none when every field is empty (the service takes place at the business)', () => {
    expect(addressToSend({ ...emptyDetails, notes: 'Code 1234' })).toBeNull()
  })

  it('is the trimmed fields when the required ones are filled, without an empty second line', () => {
    const fields = {
      ...emptyDetails,
      line1: ' 12 rue Principale ',
      city: 'Laval',
      province: 'QC',
      postalCode: 'h7n 1a1',
    }
    expect(addressToSend(fields)).toEqual({
      line1: '12 rue Principale',
      city: 'Laval',
      province: 'QC',
      postalCode: 'h7n 1a1',
    })
  })

  it('is incomplete when only part of it is filled, so nothing half-written is sent', () => {
    expect(addressToSend({ ...emptyDetails, city: 'Laval' })).toBe('incomplete')
    expect(addressToSend({ ...emptyDetails, line2: 'App. 3' })).toBe('incomplete')
  })

  it('starts from the profile address', () => {
    const profile = { line1: '1 rue A', city: 'Québec', province: 'QC', postalCode: 'G1R 1A1' }
    expect(addressToSend(detailsFromAddress(profile))).toEqual(profile)
  })
})
