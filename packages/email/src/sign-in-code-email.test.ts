import { describe, expect, it } from 'vitest'
import { signInCodeEmail } from './sign-in-code-email'

describe('signInCodeEmail', () => {
  it('speaks the requested language and carries the code and its lifetime', () => {
    const fr = signInCodeEmail('042917', 'fr', 10)
    const en = signInCodeEmail('042917', 'en', 10)
    expect(fr.subject).toContain('042917')
    expect(fr.text).toMatch(/code de connexion : 042917/)
    expect(fr.text).toContain('10 minutes')
    expect(en.subject).toBe('042917 is your Portail sign-in code')
    expect(en.text).toContain('valid for 10 minutes')
    expect(en.text).not.toEqual(fr.text)
  })
})
