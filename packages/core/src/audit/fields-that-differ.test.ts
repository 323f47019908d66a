import { describe, expect, it } from 'vitest'
import { fieldsThatDiffer } from './fields-that-differ'

const stored = {
  fullName: 'Léa Tremblay',
  phone: '+14505550132',
  serviceAddress: { line1: '1 rue A', city: 'Québec', province: 'QC', postalCode: 'G1R 1A1', country: 'CA' },
  locale: 'fr',
  communicationPreferences: { email: true, sms: false },
}

describe('fieldsThatDiffer', () => {
  it('names only the fields whose value changed, whatever the form sent back unchanged', () => {
    expect(
      fieldsThatDiffer(stored, {
        fullName: 'Léa Tremblay',
        phone: '+14505550199',
        // Same address, keys in another order and an empty second line.
        serviceAddress: { country: 'CA', postalCode: 'G1R 1A1', province: 'QC', city: 'Québec', line1: '1 rue A', line2: null },
        locale: 'fr',
        communicationPreferences: { sms: false, email: true },
      }),
    ).toEqual(['phone'])
  })

  it('names none when nothing changed, and a cleared or nested change when there is one', () => {
    expect(fieldsThatDiffer(stored, { ...stored })).toEqual([])
    expect(fieldsThatDiffer(stored, { phone: null, locale: undefined })).toEqual(['phone'])
    expect(
      fieldsThatDiffer(stored, {
        serviceAddress: { ...stored.serviceAddress, city: 'Lévis' },
        communicationPreferences: { email: true, sms: true },
      }),
    ).toEqual(['communicationPreferences', 'serviceAddress'])
  })
})
