import { describe, expect, it } from 'vitest'
import { isTroubleStatus, templateLabelKey } from './delivery-labels'

describe('templateLabelKey', () => {
  it('names each booking message and reads an unknown one as another message', () => {
    expect(templateLabelKey('booking-reminder')).toBe('bookingReminder')
    expect(templateLabelKey('booking-no-show')).toBe('bookingNoShow')
    expect(templateLabelKey('invoice-issued')).toBe('other')
  })

  it('marks refusals and failures as trouble, not skips', () => {
    expect(['bounced', 'complained', 'failed'].every(isTroubleStatus)).toBe(true)
    expect(['skipped', 'deferred', 'sent'].some(isTroubleStatus)).toBe(false)
  })
})
