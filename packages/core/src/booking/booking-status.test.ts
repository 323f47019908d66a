import { bookingStatusEnum } from '@portail/db/schema'
import { describe, expect, it } from 'vitest'
import { activeStatuses, isActive } from './booking-status'

describe('booking statuses', () => {
  it("only a pending or confirmed booking holds the staff member's time", () => {
    const holding = bookingStatusEnum.enumValues.filter((status) => isActive(status))
    expect(holding).toEqual(['pending_payment', 'confirmed'])
    expect([...activeStatuses]).toEqual(holding)
  })
})
