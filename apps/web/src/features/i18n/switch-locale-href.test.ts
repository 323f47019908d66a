import { describe, expect, it } from 'vitest'
import { switchLocaleHref } from './switch-locale-href'

describe('switchLocaleHref', () => {
  it('keeps the page and its query, in the other language', () => {
    expect(switchLocaleHref('/fr/sign-in?next=%2Fportal&x=1', 'en')).toBe('/en/sign-in?next=%2Fportal&x=1')
    expect(switchLocaleHref('/en', 'fr')).toBe('/fr')
    expect(switchLocaleHref('/en/portal/', 'fr')).toBe('/fr/portal/')
  })

  it('falls back to the home page when the visible path is unknown', () => {
    expect(switchLocaleHref('', 'en')).toBe('/en')
  })
})
