import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Font } from '@react-pdf/renderer'
import { woffToSfnt } from './woff-to-sfnt'

export const fontFamily = 'Noto Sans'

let registered = false

/**
 * Noto Sans from the npm package (never a network font). The latin subset covers French (é è à ç
 * œ « » ’) and the spaces Intl puts in fr-CA amounts. woff, not woff2: research found woff2 crashes
 * another PDF library and woff is what was verified with react-pdf. Each woff is unpacked once to
 * sfnt bytes and handed over as a data URL (see woff-to-sfnt.ts for why).
 */
export function registerFonts(): void {
  if (registered) return
  const require = createRequire(import.meta.url)
  const source = (weight: 400 | 700) => {
    const file = `@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`
    // Resolved at run time from this package, never by a bundler (it has no loader for woff and
    // would pull in every weight; a bundle keeps import.meta.url pointing at this source file).
    const woff = readFileSync(require.resolve(/* turbopackIgnore: true */ file))
    return `data:font/ttf;base64,${woffToSfnt(woff).toString('base64')}`
  }
  Font.register({
    family: fontFamily,
    fonts: [
      { src: source(400), fontWeight: 400 },
      { src: source(700), fontWeight: 700 },
    ],
  })
  // No hyphenation: a split French word on an invoice reads as a typo, and its rules are English.
  Font.registerHyphenationCallback((word) => [word])
  registered = true
}
