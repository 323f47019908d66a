import { describe, expect, it } from 'vitest'
import { catalogDifferences, flattenMessages } from './catalog-keys'
import { domainErrorCatalogs, errorMessage, isErrorMessageKey } from './domain-errors'
import { errorMessageIn } from './error-message-in'

describe('the domain error catalogs', () => {
  it('word every key in both languages, with no empty message', () => {
    expect(catalogDifferences(domainErrorCatalogs.fr, domainErrorCatalogs.en)).toEqual({
      onlyInReference: [],
      onlyInOther: [],
      argumentMismatches: [],
    })
    for (const catalog of [domainErrorCatalogs.fr, domainErrorCatalogs.en]) {
      const empty = [...flattenMessages(catalog)].filter(([, text]) => text.trim() === '').map(([key]) => key)
      expect(empty).toEqual([])
    }
  })

  it('give the server the message in the caller’s language', () => {
    expect(errorMessage('tenant.notFound', 'fr')).toBe('Ce portail n’existe pas.')
    expect(errorMessage('tenant.notFound', 'en')).toBe('This portal does not exist.')
    expect(isErrorMessageKey('input.controlCharacter')).toBe(true)
    expect(isErrorMessageKey('Too small: expected string to have >=1 characters')).toBe(false)
    expect(isErrorMessageKey('input')).toBe(false)
  })
})

describe('errorMessageIn', () => {
  it('reads a key in the one catalog handed over, and leaves any other text alone', () => {
    const english = domainErrorCatalogs.en
    expect(errorMessageIn(english, 'input.phoneInvalid')).toBe('Invalid phone number (e.g. 514 555-0100).')
    expect(errorMessageIn(english, 'input')).toBeUndefined()
    expect(errorMessageIn(english, 'input.phoneInvalid.more')).toBeUndefined()
    expect(errorMessageIn(english, 'Enter at least 2 characters')).toBeUndefined()
    expect(errorMessageIn(english, 'input.toString')).toBeUndefined()
  })
})
