// @vitest-environment node
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { interFontFile } from './fonts'

describe('font', () => {
  it('names a file the font package really ships (an upgrade that renames it fails here)', () => {
    const resolved = createRequire(import.meta.url).resolve(interFontFile)
    expect(existsSync(resolved)).toBe(true)
  })
})
