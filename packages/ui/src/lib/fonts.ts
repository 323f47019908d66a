/**
 * The UI font, Inter (variable weight, latin subset), from the npm package @fontsource-variable/inter
 * so no build ever fetches it. next/font/local only accepts a literal path relative to the file
 * that calls it, so the app writes that path itself (see the package README); these constants name
 * the file and the CSS variable the theme reads.
 */
export const interFontFile = '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'

/** The variable next/font/local must declare (`variable:`); theme.css builds `--font-sans` on it. */
export const interFontVariable = '--font-inter'
