import { describe, expect, it } from 'vitest'
import { localeFromAcceptLanguage } from './negotiate-locale'

describe('localeFromAcceptLanguage', () => {
  it('picks the preferred of French and English, regions included', () => {
    expect(localeFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr')
    expect(localeFromAcceptLanguage('de-DE, en-US;q=0.7, fr;q=0.5')).toBe('en')
    expect(localeFromAcceptLanguage('en;q=0.4, fr;q=0.6')).toBe('fr')
  })

  it('gives no answer when neither language is acceptable', () => {
    expect(localeFromAcceptLanguage('de, es')).toBeNull()
    expect(localeFromAcceptLanguage('fr;q=0')).toBeNull()
    expect(localeFromAcceptLanguage(null)).toBeNull()
  })
})
