import { describe, expect, it } from 'vitest'
import { localizedPath, splitLocale } from './locale-routing'

describe('splitLocale', () => {
  it('reads a leading locale segment and keeps the rest of the path', () => {
    expect(splitLocale('/en')).toEqual({ locale: 'en', rest: '/' })
    expect(splitLocale('/fr/')).toEqual({ locale: 'fr', rest: '/' })
    expect(splitLocale('/en/portal/invoices')).toEqual({ locale: 'en', rest: '/portal/invoices' })
  })

  it('finds no locale in a path that does not start with one of ours', () => {
    expect(splitLocale('/')).toEqual({ locale: null, rest: '/' })
    expect(splitLocale('/portal')).toEqual({ locale: null, rest: '/portal' })
    expect(splitLocale('/de/portal')).toEqual({ locale: null, rest: '/de/portal' })
    expect(splitLocale('/english')).toEqual({ locale: null, rest: '/english' })
    expect(splitLocale('/EN')).toEqual({ locale: null, rest: '/EN' })
  })
})

describe('localizedPath', () => {
  it('prefixes the locale, with no trailing slash on the home page', () => {
    expect(localizedPath('en', '/')).toBe('/en')
    expect(localizedPath('fr', '/sign-in')).toBe('/fr/sign-in')
  })
})
