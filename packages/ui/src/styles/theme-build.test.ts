// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import tailwind from '@tailwindcss/postcss'
import postcss from 'postcss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Builds the theme the way the app does (Tailwind's PostCSS plugin), from a folder outside the kit
// with nothing to scan of its own: every kit class in the output came through theme.css's @source.
describe('theme.css in a Tailwind v4 build', () => {
  const folder = mkdtempSync(join(tmpdir(), 'portail-ui-css-'))
  let css = ''

  beforeAll(async () => {
    const tailwindEntry = createRequire(import.meta.url).resolve('tailwindcss/index.css')
    const theme = fileURLToPath(new URL('./theme.css', import.meta.url))
    const from = join(folder, 'globals.css')
    const source = `@import '${tailwindEntry}';\n@import '${theme}';\n`
    writeFileSync(from, source)
    const result = await postcss([tailwind({ base: folder })]).process(source, { from })
    css = result.css
  }, 60_000)

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true })
  })

  it('generates the utilities the components use, on the theme tokens', () => {
    // `@theme inline`: utilities read the token itself, so a tenant's --primary on a wrapper applies.
    expect(css).toMatch(/\.bg-primary\s*\{\s*background-color:\s*var\(--primary\)/)
    expect(css).toContain('.focus-visible\\:ring-ring')
    expect(css).toContain('.data-\\[state\\=checked\\]\\:bg-primary')
    expect(css).toContain('.aria-invalid\\:border-destructive')
  })

  it('brings the animations the overlays use, and the base layer', () => {
    expect(css).toContain('.data-\\[state\\=open\\]\\:animate-in')
    expect(css).toContain('@keyframes enter')
    expect(css).toMatch(/body\s*\{[^}]*background-color:\s*var\(--background\)/)
  })

  it('skips class names that only tests mention (this file names bg-red-500)', () => {
    expect(css).not.toContain('.bg-red-500')
  })
})
