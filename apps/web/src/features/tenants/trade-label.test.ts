import { describe, expect, it } from 'vitest'
import { tradeLabel } from './trade-label'

describe('tradeLabel', () => {
  it('names the demo trades in both languages', () => {
    expect(tradeLabel('pool_care', 'fr')).toBe('Entretien de piscines')
    expect(tradeLabel('pool_care', 'en')).toBe('Pool care')
    expect(tradeLabel('accounting', 'fr')).toBe('Comptabilité')
  })

  it('reads an unknown trade as words, not as a code', () => {
    expect(tradeLabel('home_cleaning', 'en')).toBe('home cleaning')
  })
})
