// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contrastRatio, parseHex, type Rgb } from '../lib/color-contrast'

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8')
const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
const tokens = new Map([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1], m[2]]))

const token = (name: string): Rgb => {
  const value = tokens.get(name)
  const parsed = value ? parseHex(value) : null
  if (!parsed) throw new Error(`theme.css has no hex --${name}`)
  return parsed
}

describe('theme tokens', () => {
  const textPairs: [string, string][] = [
    ['foreground', 'background'],
    ['card-foreground', 'card'],
    ['popover-foreground', 'popover'],
    ['primary-foreground', 'primary'],
    ['primary-foreground', 'primary-hover'],
    ['primary', 'background'],
    ['secondary-foreground', 'secondary'],
    ['muted-foreground', 'muted'],
    ['muted-foreground', 'background'],
    ['accent-foreground', 'accent'],
    ['destructive-foreground', 'destructive'],
    ['destructive-foreground', 'destructive-hover'],
    ['destructive', 'background'],
    ['success-foreground', 'success'],
    ['warning-foreground', 'warning'],
  ]

  it.each(textPairs)('--%s on --%s reaches 4.5:1', (text, surface) => {
    expect(contrastRatio(token(text), token(surface))).toBeGreaterThanOrEqual(4.5)
  })

  it('input borders and the focus ring reach 3:1 on the page (WCAG 1.4.11)', () => {
    expect(contrastRatio(token('input'), token('background'))).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(token('ring'), token('background'))).toBeGreaterThanOrEqual(3)
  })

  it('maps every token into Tailwind colours', () => {
    for (const name of tokens.keys()) {
      if (name === 'radius') continue
      expect(css).toContain(`--color-${name}: var(--${name});`)
    }
  })
})
