import { describe, expect, it } from 'vitest'
import { hasNoNameOfTheirOwn, suggestedName } from './name-from-email'

describe('a name of one’s own', () => {
  it('is missing while the name is the email’s local part, or empty', () => {
    expect(hasNoNameOfTheirOwn({ name: 'luc.proprio', email: 'luc.proprio@example.com' })).toBe(true)
    expect(hasNoNameOfTheirOwn({ name: 'Nouveau.Client', email: 'nouveau.client@example.com' })).toBe(true)
    expect(hasNoNameOfTheirOwn({ name: '  ', email: 'x@example.com' })).toBe(true)
    expect(suggestedName({ name: 'luc.proprio', email: 'luc.proprio@example.com' })).toBe('')
  })

  it('is there once the person gave one', () => {
    expect(hasNoNameOfTheirOwn({ name: 'Luc Proprio', email: 'luc.proprio@example.com' })).toBe(false)
    expect(suggestedName({ name: ' Marie Gagnon ', email: 'marie.gagnon@example.com' })).toBe('Marie Gagnon')
  })
})
