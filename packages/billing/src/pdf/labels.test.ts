import { describe, expect, it } from 'vitest'
import { fill, labelCatalogs, labelsFor, type Labels } from './labels'

describe('PDF labels', () => {
  it('has no empty label in either language', () => {
    for (const catalog of Object.values(labelCatalogs)) {
      for (const key of Object.keys(catalog) as (keyof Labels)[]) expect(catalog[key].trim()).not.toBe('')
    }
  })

  it('writes every bilingual label French first', () => {
    const bilingual = labelsFor('fr-en')
    expect(bilingual.invoice).toBe('Facture / Invoice')
    expect(bilingual.credit_note).toBe('Note de crédit / Credit note')
    expect(bilingual.receipt).toBe('Reçu / Receipt')
    expect(bilingual.total).toBe('Total')
    for (const key of Object.keys(labelCatalogs.fr) as (keyof Labels)[]) {
      if (key === 'gstHstNumber' || key === 'qstNumber' || key === 'pstNumber') continue
      expect(bilingual[key].startsWith(labelCatalogs.fr[key])).toBe(true)
    }
  })

  it('fills templates, leaving an unknown slot as written', () => {
    expect(fill(labelsFor('fr-en').pageOf, { page: 1, total: 2 })).toBe('Page 1 de 2 / Page 1 of 2')
    expect(fill('{number} {missing}', { number: 'F-000001' })).toBe('F-000001 {missing}')
  })
})
