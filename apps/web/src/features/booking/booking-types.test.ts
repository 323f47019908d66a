import { describe, expect, it } from 'vitest'
import { changedCancellation, refusalKey, takenSlotAlternatives } from './booking-types'

// What a TRPCClientError carries in `data` when the API refused a booking change.
const refusal = (messageKey: string, details: unknown) => ({ message: 'refused', data: { messageKey, details } })

const slot = {
  start: '2026-12-08T14:00:00.000Z',
  end: '2026-12-08T15:00:00.000Z',
  localDate: '2026-12-08',
  localTime: '09:00',
  utcOffsetMinutes: -300,
  staffIds: ['019a0000-0000-7000-8000-000000000001'],
}

const quote = {
  allowed: true,
  free: false,
  feeCents: 2500,
  keepsDeposit: false,
  alwaysFree: false,
  freeUntil: '2026-12-07T14:00:00.000Z',
  remainingReschedules: null,
  refusal: null,
}

describe('reading the API’s refusals in the booking wizard', () => {
  it('names the refusal of a call that reached the server, and none otherwise', () => {
    expect(refusalKey(refusal('booking.slotTaken', null))).toBe('booking.slotTaken')
    expect(refusalKey(new TypeError('Failed to fetch'))).toBeNull()
    expect(refusalKey({ data: { messageKey: 12 } })).toBeNull()
    expect(refusalKey(null)).toBeNull()
  })

  it('offers the next free slots of a slot just taken, and none when they cannot be read', () => {
    expect(takenSlotAlternatives(refusal('booking.slotTaken', { nextSlots: [slot] }))).toEqual([slot])
    expect(takenSlotAlternatives(refusal('booking.slotTaken', { nextSlots: [{ ...slot, staffIds: [3] }] }))).toEqual([])
    expect(takenSlotAlternatives(refusal('booking.slotTaken', undefined))).toEqual([])
    expect(takenSlotAlternatives(refusal('booking.policyChanged', { nextSlots: [slot] }))).toBeNull()
  })

  it('reads what cancelling costs after the policy changed, and nothing from a malformed quote', () => {
    expect(changedCancellation(refusal('booking.policyChanged', { cancellation: quote }))).toEqual(quote)
    const refused = { ...quote, allowed: false, remainingReschedules: 0, refusal: 'tooLate' }
    expect(changedCancellation(refusal('booking.policyChanged', { cancellation: refused }))).toEqual(refused)
    expect(
      changedCancellation(refusal('booking.policyChanged', { cancellation: { ...quote, refusal: 'why' } })),
    ).toBeNull()
    expect(
      changedCancellation(refusal('booking.policyChanged', { cancellation: { ...quote, feeCents: '25' } })),
    ).toBeNull()
    expect(changedCancellation(refusal('booking.slotTaken', { cancellation: quote }))).toBeNull()
  })
})
