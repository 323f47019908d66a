import { describe, expect, it } from 'vitest'
import { invoiceLanguage } from './invoice-language'
import { supplyProvince } from './supply-province'

describe('invoice language (Charter of the French language, art. 57 and 89)', () => {
  it('a Quebec client gets French, bilingual with French first when it reads English; others their own', () => {
    expect(invoiceLanguage('QC', 'fr')).toBe('fr')
    expect(invoiceLanguage('QC', 'en')).toBe('fr-en')
    expect(invoiceLanguage('ON', 'en')).toBe('en')
    expect(invoiceLanguage('ON', 'fr')).toBe('fr')
    expect(invoiceLanguage(null, 'en')).toBe('en')
  })
})

describe('place of supply', () => {
  it('a visit at a property is taxed where the property is, else at the client, else at the business', () => {
    expect(supplyProvince({ serviceAddressProvince: 'ON', clientProvince: 'QC', businessProvince: 'QC' })).toBe('ON')
    expect(supplyProvince({ serviceAddressProvince: null, clientProvince: 'NB', businessProvince: 'QC' })).toBe('NB')
    expect(supplyProvince({ serviceAddressProvince: undefined, clientProvince: null, businessProvince: 'BC' })).toBe(
      'BC',
    )
  })

  it('reads a province outside the list as unknown rather than failing', () => {
    expect(supplyProvince({ serviceAddressProvince: 'NY', clientProvince: 'XX', businessProvince: 'QC' })).toBe('QC')
  })
})
