import { describe, expect, it } from 'vitest'
import { ZCreateBookingInput, ZSlotsInput } from './booking'

const serviceId = '019a0000-0000-7000-8000-000000000001'

describe('booking inputs', () => {
  it('accept a real date and refuse an impossible one with a message key', () => {
    expect(ZSlotsInput.safeParse({ serviceId, date: '2026-02-28' }).success).toBe(true)
    const wrong = ZSlotsInput.safeParse({ serviceId, date: '2026-02-30' })
    expect(wrong.success ? null : wrong.error.issues[0]?.message).toBe('booking.invalidDate')
  })

  it('need an idempotency key of safe characters and a start instant with its offset', () => {
    const valid = { serviceId, start: '2026-07-06T13:00:00.000Z', idempotencyKey: 'attempt-0001' }
    expect(ZCreateBookingInput.safeParse(valid).success).toBe(true)
    expect(ZCreateBookingInput.safeParse({ ...valid, idempotencyKey: 'short' }).success).toBe(false)
    expect(ZCreateBookingInput.safeParse({ ...valid, start: '2026-07-06 13:00' }).success).toBe(false)
  })
})
