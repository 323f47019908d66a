import { describe, expect, it } from 'vitest'
import { addressDraftOf, addressSubmissionOf } from './service-address-draft'

const onFile = { line1: '12 rue des Pins', city: 'Laval', province: 'QC' as const, postalCode: 'H7A 1B2', country: 'CA' as const }

describe('the service address of a booking made by staff', () => {
  it('starts from the client’s address on file and sends it unchanged', () => {
    expect(addressSubmissionOf(addressDraftOf(onFile))).toEqual({
      ok: true,
      serviceAddress: { line1: '12 rue des Pins', city: 'Laval', province: 'QC', postalCode: 'H7A 1B2' },
    })
  })

  it('sends an edited address, and no address when every field is emptied', () => {
    const edited = { ...addressDraftOf(onFile), line2: ' app. 3 ', city: 'Montréal ' }
    expect(addressSubmissionOf(edited)).toMatchObject({ ok: true, serviceAddress: { line2: 'app. 3', city: 'Montréal' } })
    expect(addressSubmissionOf(addressDraftOf(null))).toEqual({ ok: true, serviceAddress: null })
  })

  it('stops an address filled in part, naming what is missing', () => {
    expect(addressSubmissionOf({ ...addressDraftOf(null), line1: '5 av. du Parc' })).toEqual({
      ok: false,
      missing: ['city', 'province', 'postalCode'],
    })
  })
})
