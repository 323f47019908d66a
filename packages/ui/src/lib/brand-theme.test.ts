import { describe, expect, it } from 'vitest'
import { brandCss, brandStyle, brandTheme, DEFAULT_BRAND_HEX, MIN_TEXT_CONTRAST } from './brand-theme'
import { contrastRatio, parseHex, type Rgb } from './color-contrast'

const WHITE: Rgb = { r: 255, g: 255, b: 255 }

const rgb = (hex: string): Rgb => {
  const parsed = parseHex(hex)
  if (!parsed) throw new Error(`not a colour: ${hex}`)
  return parsed
}

describe('brandTheme', () => {
  const samples = [
    '#ffff00',
    '#ffffff',
    '#00ff00',
    '#fecdd3',
    '#f97316',
    '#38bdf8',
    '#777777',
    '#2563eb',
    '#000000',
    '#0f766e',
  ]

  it.each(samples)('%s: text on primary and primary on white both reach AA', (hex) => {
    const theme = brandTheme(hex)
    const primary = rgb(theme['--primary'])
    expect(contrastRatio(primary, WHITE)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
    expect(contrastRatio(rgb(theme['--primary-foreground']), primary)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
    expect(theme['--ring']).toBe(theme['--primary'])
    // A hovered button darkens (black stays black): its white text never drops under AA.
    const hover = rgb(theme['--primary-hover'])
    expect(contrastRatio(rgb(theme['--primary-foreground']), hover)).toBeGreaterThanOrEqual(
      contrastRatio(rgb(theme['--primary-foreground']), primary),
    )
  })

  it('keeps a colour that already passes', () => {
    expect(brandTheme('#0F766E')['--primary']).toBe('#0f766e')
    expect(brandTheme('#000')['--primary']).toBe('#000000')
  })

  it('darkens a light colour only as much as needed, keeping its hue', () => {
    const orange = rgb(brandTheme('#f97316')['--primary'])
    expect(orange).not.toEqual(rgb('#f97316'))
    // Barely over the threshold: the tenant's colour is changed as little as possible.
    expect(contrastRatio(orange, WHITE)).toBeLessThan(MIN_TEXT_CONTRAST + 0.15)
    // Same hue: every channel scaled by the same factor (within rounding).
    expect(orange.g / orange.r).toBeCloseTo(0x73 / 0xf9, 1)
    expect(orange.r).toBeGreaterThan(orange.g)
  })

  it('falls back to the default brand for a missing or invalid colour', () => {
    const fallback = brandTheme(DEFAULT_BRAND_HEX)
    for (const value of [null, undefined, '', 'blue', '#12345', 'url(x)']) {
      expect(brandTheme(value)).toEqual(fallback)
    }
    expect(fallback['--primary']).toBe('#2563eb')
  })
})

describe('brandCss / brandStyle', () => {
  it('never echoes the raw input, so a hostile value cannot break out of the rule', () => {
    const css = brandCss('#fff}body{display:none')
    expect(css).toBe(brandCss(null))
    expect(brandCss('#0f766e', '.tenant')).toBe(
      '.tenant{--primary:#0f766e;--primary-foreground:#ffffff;--primary-hover:#0d645e;--ring:#0f766e}',
    )
  })

  it('gives the same variables as a style object', () => {
    expect(brandStyle('#ffff00')).toEqual(brandTheme('#ffff00'))
  })
})
