import { describe, expect, it } from 'vitest'
import { contrastRatio, defaultBrandColor, emailPalette } from './brand-colors'

describe('emailPalette', () => {
  it('keeps a dark brand colour and writes white on its button', () => {
    expect(emailPalette('#0e7490')).toEqual({ accent: '#0e7490', button: '#0e7490', buttonText: '#ffffff' })
  })

  it('darkens a pale brand colour for text on white, and writes dark text on its button', () => {
    const palette = emailPalette('#fde047')
    expect(palette.button).toBe('#fde047')
    expect(palette.buttonText).toBe('#111827')
    expect(contrastRatio(palette.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('gives every pair at least 4.5:1, whatever the colour', () => {
    for (const color of ['#ffffff', '#000000', '#ff0000', '#00ff00', '#777777', '#8a8a8a', '#3b82f6', '#abc']) {
      const palette = emailPalette(color)
      expect(contrastRatio(palette.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(palette.button, palette.buttonText)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('falls back to Portail’s colour for no colour or something that is not a colour', () => {
    expect(emailPalette(null).button).toBe(defaultBrandColor)
    expect(emailPalette('red;background:url(x)').button).toBe(defaultBrandColor)
  })
})
