import { catalogs } from '@portail/i18n'
import { describe, expect, it } from 'vitest'
import type { Translator } from '~/i18n/translator'
import { tradeLabel } from './trade-label'

const inFrench: Translator<'trades'> = (key) => catalogs.fr.trades[key]
const inEnglish: Translator<'trades'> = (key) => catalogs.en.trades[key]

describe('tradeLabel', () => {
  it('names the demo trades in both languages', () => {
    expect(tradeLabel('pool_care', inFrench)).toBe('Entretien de piscines')
    expect(tradeLabel('pool_care', inEnglish)).toBe('Pool care')
    expect(tradeLabel('accounting', inFrench)).toBe('Comptabilité')
  })

  it('reads an unknown trade as words, not as a code', () => {
    expect(tradeLabel('home_cleaning', inEnglish)).toBe('home cleaning')
  })
})
