import localFont from 'next/font/local'

// Inter from the npm package (@fontsource-variable/inter), served by us: a build never fetches a
// font, and the CSP's font-src 'self' holds. next/font needs a literal path relative to this file.
export const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
})
