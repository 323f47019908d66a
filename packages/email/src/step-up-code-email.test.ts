import { describe, expect, it } from 'vitest'
import { signInCodeEmail } from './sign-in-code-email'
import { stepUpCodeEmail } from './step-up-code-email'

describe('stepUpCodeEmail', () => {
  it('carries the code in both languages and reads differently from a sign-in code', () => {
    const fr = stepUpCodeEmail('204761', 'fr', 10)
    const en = stepUpCodeEmail('204761', 'en', 10)
    expect(fr.subject).toContain('204761')
    expect(fr.text).toContain('valable 10 minutes')
    expect(en.text).toContain('valid for 10 minutes')
    expect(en.text).toContain('sensitive action')
    expect(en.subject).not.toEqual(signInCodeEmail('204761', 'en', 10).subject)
  })
})
