import { createRequire } from 'node:module'
import { Font } from '@react-pdf/renderer'

export const fontFamily = 'Noto Sans'

let registered = false

/**
 * Noto Sans from the npm package (never a network font). The latin subset covers French (é è à ç
 * œ « » ’) and the spaces Intl puts in fr-CA amounts. woff, not woff2: research found woff2 crashes
 * another PDF library and woff is what was verified with react-pdf.
 */
export function registerFonts(): void {
  if (registered) return
  const require = createRequire(import.meta.url)
  Font.register({
    family: fontFamily,
    fonts: [
      { src: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'), fontWeight: 400 },
      { src: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'), fontWeight: 700 },
    ],
  })
  // No hyphenation: a split French word on an invoice reads as a typo, and its rules are English.
  Font.registerHyphenationCallback((word) => [word])
  registered = true
}
