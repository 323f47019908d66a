import { describe, expect, it } from 'vitest'
import { localeFromAcceptLanguage, localeFromCookieHeader, negotiateLocale } from './negotiate-locale'

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

describe('negotiateLocale', () => {
  const all = { pathLocale: 'en', cookie: 'fr', acceptLanguage: 'en-CA', tenantDefault: 'fr' }

  it('follows path, then cookie, then browser, then the business, then French', () => {
    expect(negotiateLocale(all)).toBe('en')
    expect(negotiateLocale({ ...all, pathLocale: null })).toBe('fr')
    expect(negotiateLocale({ ...all, pathLocale: null, cookie: null })).toBe('en')
    expect(negotiateLocale({ acceptLanguage: 'de', tenantDefault: 'en' })).toBe('en')
    expect(negotiateLocale({ acceptLanguage: 'de' })).toBe('fr')
    expect(negotiateLocale({})).toBe('fr')
  })

  it('ignores values that are not one of our languages', () => {
    expect(negotiateLocale({ pathLocale: 'de', cookie: 'xx', acceptLanguage: 'es', tenantDefault: 'en' })).toBe('en')
    expect(negotiateLocale({ cookie: 'EN', acceptLanguage: 'fr' })).toBe('fr')
  })
})

describe('localeFromCookieHeader', () => {
  it('reads NEXT_LOCALE among other cookies, and only our languages', () => {
    expect(localeFromCookieHeader('a=1; NEXT_LOCALE=en; b=2')).toBe('en')
    expect(localeFromCookieHeader('NEXT_LOCALE=de')).toBeNull()
    expect(localeFromCookieHeader('XNEXT_LOCALE=en')).toBeNull()
    expect(localeFromCookieHeader(null)).toBeNull()
  })
})
