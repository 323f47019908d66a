import type { CSSProperties } from 'react'
import { contrastRatio, parseHex, type Rgb, toHex } from './color-contrast'

/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5

/** Portail's own blue (#2563eb, 5.2:1 on white), used when a tenant has no colour or an unusable one. */
const DEFAULT_BRAND: Rgb = { r: 0x25, g: 0x63, b: 0xeb }
export const DEFAULT_BRAND_HEX = toHex(DEFAULT_BRAND)

const WHITE: Rgb = { r: 255, g: 255, b: 255 }

/** The CSS variables a tenant's colour sets; spread on an element's `style`. */
export interface BrandTheme {
  '--primary': string
  '--primary-foreground': string
  /** Hovered buttons: darker, never lighter, so white text on it stays at least as readable. */
  '--primary-hover': string
  '--ring': string
}

/** How much a hovered primary surface darkens (channel scale). */
const HOVER_SHADE = 0.85

const scale = ({ r, g, b }: Rgb, factor: number): Rgb => ({
  r: Math.round(r * factor),
  g: Math.round(g * factor),
  b: Math.round(b * factor),
})

/**
 * The darkest-needed shade of `colour`: scaling every channel by the same factor keeps the hue,
 * and the largest factor that still reaches the contrast changes the tenant's colour the least.
 */
function darkenUntilReadable(colour: Rgb): Rgb {
  if (contrastRatio(colour, WHITE) >= MIN_TEXT_CONTRAST) return colour
  let low = 0
  let high = 1
  for (let step = 0; step < 24; step += 1) {
    const middle = (low + high) / 2
    if (contrastRatio(scale(colour, middle), WHITE) >= MIN_TEXT_CONTRAST) low = middle
    else high = middle
  }
  // Rounding to whole channels can land just under the ratio: step down until it holds.
  let factor = low
  let shade = scale(colour, factor)
  while (contrastRatio(shade, WHITE) < MIN_TEXT_CONTRAST && factor > 0) {
    factor = Math.max(0, factor - 0.005)
    shade = scale(colour, factor)
  }
  return shade
}

/**
 * A tenant's brand colour as theme variables. The primary colour is used both as a background
 * under white text (buttons) and as text on the white page (links), so one shade must reach
 * 4.5:1 against white: such a shade is kept as is, a lighter one is darkened. An invalid or
 * missing colour gives Portail's default brand.
 */
export function brandTheme(primaryHex: string | null | undefined): BrandTheme {
  const parsed = (primaryHex ? parseHex(primaryHex) : null) ?? DEFAULT_BRAND
  const primary = toHex(darkenUntilReadable(parsed))
  const hover = toHex(scale(darkenUntilReadable(parsed), HOVER_SHADE))
  return { '--primary': primary, '--primary-foreground': '#ffffff', '--primary-hover': hover, '--ring': primary }
}

/** brandTheme as a React `style` (custom properties are not in CSSProperties' declared keys). */
export function brandStyle(primaryHex: string | null | undefined): CSSProperties {
  return { ...brandTheme(primaryHex) } as CSSProperties
}

/**
 * brandTheme as a CSS rule, for a server-rendered `<style>` in the tenant's layout. Safe to
 * inline: every value is re-serialised from parsed channels, never the tenant's raw input.
 */
export function brandCss(primaryHex: string | null | undefined, selector = ':root'): string {
  const declarations = Object.entries(brandTheme(primaryHex)).map(([name, value]) => `${name}:${value}`)
  return `${selector}{${declarations.join(';')}}`
}
