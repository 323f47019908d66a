import { describe, expect, it } from 'vitest'
import { errorText } from '../error-text'
import { needsSecondFactor } from './step-up-client'

describe('needsSecondFactor', () => {
  it('recognises the API refusal that asks for a fresh second factor, and nothing else', () => {
    expect(
      needsSecondFactor({ message: 'Confirmez', data: { code: 'FORBIDDEN', appCode: 'SECOND_FACTOR_REQUIRED' } }),
    ).toBe(true)
    expect(needsSecondFactor({ message: 'Refusé', data: { code: 'FORBIDDEN', appCode: 'FORBIDDEN' } })).toBe(false)
    expect(needsSecondFactor(new TypeError('Failed to fetch'))).toBe(false)
    expect(needsSecondFactor(null)).toBe(false)
  })
})

describe('errorText', () => {
  it('shows the server’s own (localized) message, but not a browser’s network error', () => {
    expect(errorText({ message: 'Client introuvable.', data: { code: 'NOT_FOUND' } }, 'fallback')).toBe(
      'Client introuvable.',
    )
    expect(errorText(new TypeError('Failed to fetch'), 'Le serveur ne répond pas.')).toBe('Le serveur ne répond pas.')
  })
})
