import { describe, expect, it } from 'vitest'
import { isSecondFactorFresh } from './second-factor'

describe('isSecondFactorFresh', () => {
  it('accepts a second factor verified 9 minutes ago and refuses one verified 11 minutes ago', () => {
    expect(isSecondFactorFresh({ secondFactorAgeMinutes: 9 })).toBe(true)
    expect(isSecondFactorFresh({ secondFactorAgeMinutes: 11 })).toBe(false)
    expect(isSecondFactorFresh({ secondFactorAgeMinutes: 10 })).toBe(false)
  })

  it('refuses a session that never verified a second factor, whatever the limit', () => {
    expect(isSecondFactorFresh({ secondFactorAgeMinutes: null }, 1440)).toBe(false)
    expect(isSecondFactorFresh({}, 1440)).toBe(false)
  })

  it('honours a longer window when one is asked for', () => {
    expect(isSecondFactorFresh({ secondFactorAgeMinutes: 11 }, 60)).toBe(true)
  })
})
