import { describe, expect, it } from 'vitest'
import { reminderLeadsOf } from './booking-reminder-leads'

describe('reminderLeadsOf', () => {
  it('gives 24 h and 1 h to a business that never set them', () => {
    expect(reminderLeadsOf({})).toEqual({ firstLeadHours: 24, secondLeadHours: 1 })
  })

  it('keeps the business’s own lead times, 0 turning the second one off', () => {
    expect(reminderLeadsOf({ reminderFirstLeadHours: 48, reminderSecondLeadHours: 3 })).toEqual({
      firstLeadHours: 48,
      secondLeadHours: 3,
    })
    expect(reminderLeadsOf({ reminderFirstLeadHours: 12, reminderSecondLeadHours: 0 })).toEqual({
      firstLeadHours: 12,
      secondLeadHours: 0,
    })
  })

  it('falls back on defaults for stored values out of bounds or out of order', () => {
    expect(reminderLeadsOf({ reminderFirstLeadHours: 500, reminderSecondLeadHours: '2' })).toEqual({
      firstLeadHours: 24,
      secondLeadHours: 1,
    })
    expect(reminderLeadsOf({ reminderFirstLeadHours: 2, reminderSecondLeadHours: 5 })).toEqual({
      firstLeadHours: 2,
      secondLeadHours: 1,
    })
    expect(reminderLeadsOf({ reminderFirstLeadHours: 1 })).toEqual({ firstLeadHours: 1, secondLeadHours: 0 })
  })
})
