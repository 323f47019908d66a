import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHex, relativeLuminance, toHex } from './color-contrast'

describe('WCAG contrast', () => {
  it('gives the reference ratios', () => {
    const white = { r: 255, g: 255, b: 255 }
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, white)).toBeCloseTo(21, 5)
    expect(contrastRatio(white, white)).toBe(1)
    // #767676 is the lightest grey that passes AA on white (4.54:1), #777777 fails (4.48:1).
    expect(contrastRatio({ r: 0x76, g: 0x76, b: 0x76 }, white)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio({ r: 0x77, g: 0x77, b: 0x77 }, white)).toBeLessThan(4.5)
  })

  it('is symmetric and uses relative luminance', () => {
    const red = { r: 255, g: 0, b: 0 }
    expect(relativeLuminance(red)).toBeCloseTo(0.2126, 4)
    expect(contrastRatio(red, { r: 0, g: 0, b: 255 })).toBeCloseTo(contrastRatio({ r: 0, g: 0, b: 255 }, red), 10)
  })
})

describe('parseHex', () => {
  it('reads long and short forms, with or without #', () => {
    expect(parseHex('#2563EB')).toEqual({ r: 0x25, g: 0x63, b: 0xeb })
    expect(parseHex('fa0')).toEqual({ r: 0xff, g: 0xaa, b: 0x00 })
    expect(toHex({ r: 1, g: 2, b: 255 })).toBe('#0102ff')
  })

  it('refuses anything that is not a hex colour', () => {
    for (const value of ['', 'red', '#12', '#1234', '#ggg', 'rgb(0,0,0)', '#2563eb; color: red']) {
      expect(parseHex(value)).toBeNull()
    }
  })
})
