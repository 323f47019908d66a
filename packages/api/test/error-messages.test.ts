/**
 * Every message key a refusal or an input check can carry is worded in French and in English.
 * Core's DomainError keys are typed against the catalog; a validator's `message: '…'` is a plain
 * string, so without this a new check could send its raw key to the screen.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { domainErrorCatalogs, errorMessageIn } from '@portail/i18n'
import { describe, expect, it } from 'vitest'

const packagesRoot = fileURLToPath(new URL('../..', import.meta.url))

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : []
  })
}

const keysIn = (texts: string[], pattern: RegExp) =>
  texts.flatMap((text) => [...text.matchAll(pattern)].map((match) => match[1] ?? match[0]))

const refusalKeys = keysIn(
  [...sources(join(packagesRoot, 'core/src')), ...sources(join(packagesRoot, 'api/src'))],
  /new DomainError\(\s*'[A-Z_]+',\s*'([\w.]+)'/g,
)
// `message: 'key'`, `message: cond ? 'key' : 'other.key'`, `const someMessage = 'key'`.
const checkKeys = keysIn(sources(join(packagesRoot, 'validators/src')), /[mM]essage(?::| =)[^,}\n]*/g).flatMap(
  (expression) => [...expression.matchAll(/'([a-z]+\.[a-zA-Z]+)'/g)].map((match) => match[1] ?? ''),
)

describe('the message keys refusals and input checks carry', () => {
  it('are found in the sources (the scan sees them)', () => {
    expect(new Set(refusalKeys).size).toBeGreaterThan(50)
    expect(new Set(checkKeys).size).toBeGreaterThan(15)
    expect(checkKeys).toEqual(expect.arrayContaining(['input.controlCharacter', 'onboarding.slugReserved']))
  })

  it.each(['fr', 'en'] as const)('each have a message in %s', (locale) => {
    const unworded = [...new Set([...refusalKeys, ...checkKeys])].filter(
      (key) => (errorMessageIn(domainErrorCatalogs[locale], key) ?? '').trim() === '',
    )
    expect(unworded).toEqual([])
  })
})
