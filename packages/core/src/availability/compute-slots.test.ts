import { describe, expect, it } from 'vitest'
import { availableDays, findSlot, nextSlots, slotsForDay } from './compute-slots'
import type { SlotRules, StaffSchedule } from './types'

const toronto = 'America/Toronto'
const weekdays = (startTime: string, endTime: string, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, startTime, endTime }))

const staff = (fields: Partial<StaffSchedule> = {}): StaffSchedule => ({
  staffId: 'staff-a',
  weeklyHours: weekdays('09:00', '12:00'),
  overrides: [],
  busy: [],
  ...fields,
})

const rules = (fields: Partial<SlotRules> = {}): SlotRules => ({
  timeZone: toronto,
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  slotIntervalMinutes: 30,
  minNoticeMinutes: 0,
  maxAdvanceDays: 365,
  now: Date.parse('2026-01-01T00:00:00Z'),
  ...fields,
})

const times = (slots: { localTime: string }[]) => slots.map((slot) => slot.localTime)

describe('slotsForDay', () => {
  it('offers every interval step whose whole service time fits in the working hours, in local time', () => {
    const slots = slotsForDay([staff()], rules(), '2026-07-06')
    expect(times(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00'])
    // Toronto is UTC-4 in July.
    expect(slots[0]).toMatchObject({ start: '2026-07-06T13:00:00.000Z', end: '2026-07-06T14:00:00.000Z', utcOffsetMinutes: -240 })
    expect(slotsForDay([staff()], rules(), '2026-01-05')[0]?.start).toBe('2026-01-05T14:00:00.000Z')
  })

  it('offers nothing on a day without hours', () => {
    expect(slotsForDay([staff()], rules(), '2026-07-05')).toEqual([])
  })

  it('keeps the buffered slot clear of a booking and its buffers', () => {
    // A booking 10:00-11:00 local with 15 min buffers blocks 09:45-11:15.
    const busy = [{ from: Date.parse('2026-07-06T13:45:00Z'), until: Date.parse('2026-07-06T15:15:00Z') }]
    expect(times(slotsForDay([staff({ busy })], rules(), '2026-07-06'))).toEqual([])
    const longer = staff({ busy, weeklyHours: weekdays('08:00', '13:00') })
    // 08:30-09:30 + 15 min after = 09:45: touches, allowed. 11:30 - 15 min before = 11:15: touches, allowed.
    expect(times(slotsForDay([longer], rules({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15 }), '2026-07-06'))).toEqual([
      '08:00',
      '08:30',
      '11:30',
      '12:00',
    ])
  })

  it('adds the options to the duration', () => {
    expect(times(slotsForDay([staff()], rules({ durationMinutes: 150 }), '2026-07-06'))).toEqual(['09:00', '09:30'])
  })

  it('respects minimum notice and maximum advance', () => {
    const now = Date.parse('2026-07-06T13:10:00Z') // 09:10 local
    expect(times(slotsForDay([staff()], rules({ now, minNoticeMinutes: 60 }), '2026-07-06'))).toEqual(['10:30', '11:00'])
    expect(slotsForDay([staff()], rules({ now, maxAdvanceDays: 7 }), '2026-07-14')).toEqual([])
    expect(times(slotsForDay([staff()], rules({ now, maxAdvanceDays: 7 }), '2026-07-13'))).toEqual(['09:00'])
  })

  it('applies closures and extra hours of the date only', () => {
    const closed = staff({ overrides: [{ date: '2026-07-06', kind: 'closed', startTime: null, endTime: null }] })
    expect(slotsForDay([closed], rules(), '2026-07-06')).toEqual([])
    expect(slotsForDay([closed], rules(), '2026-07-07')).toHaveLength(5)
    const partly = staff({
      overrides: [
        { date: '2026-07-06', kind: 'closed', startTime: '10:00', endTime: '11:00' },
        { date: '2026-07-06', kind: 'extra', startTime: '14:00', endTime: '15:00' },
        { date: '2026-07-05', kind: 'extra', startTime: '10:00', endTime: '11:00' },
      ],
    })
    expect(times(slotsForDay([partly], rules(), '2026-07-06'))).toEqual(['09:00', '11:00', '14:00'])
    expect(times(slotsForDay([partly], rules(), '2026-07-05'))).toEqual(['10:00'])
  })

  it('for "anyone", names who is free at each slot', () => {
    const busy = [{ from: Date.parse('2026-07-06T13:00:00Z'), until: Date.parse('2026-07-06T14:00:00Z') }]
    const slots = slotsForDay([staff({ busy }), staff({ staffId: 'staff-b' })], rules(), '2026-07-06')
    expect(slots[0]).toMatchObject({ localTime: '09:00', staffIds: ['staff-b'] })
    expect(slots[2]).toMatchObject({ localTime: '10:00', staffIds: ['staff-a', 'staff-b'] })
  })
})

describe('daylight saving time in Toronto', () => {
  const night = staff({ weeklyHours: [{ weekday: 7, startTime: '00:00', endTime: '05:00' }] })
  const halfHours = rules({ durationMinutes: 30, slotIntervalMinutes: 30 })

  it('on spring-forward day (2026-03-08) skips the hour that does not exist, missing no real slot', () => {
    const slots = slotsForDay([night], halfHours, '2026-03-08')
    expect(times(slots)).toEqual(['00:00', '00:30', '01:00', '01:30', '03:00', '03:30', '04:00', '04:30'])
    expect(slots.map((slot) => slot.start)).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-08T05:30:00.000Z',
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-03-08T08:00:00.000Z',
      '2026-03-08T08:30:00.000Z',
    ])
  })

  it('on fall-back day (2026-11-01) offers 01:00 and 01:30 twice, as two distinct instants told apart by their offset', () => {
    const slots = slotsForDay([night], halfHours, '2026-11-01')
    expect(slots.map((slot) => `${slot.localTime}${slot.utcOffsetMinutes}`)).toEqual([
      '00:00-240',
      '00:30-240',
      '01:00-240',
      '01:30-240',
      '01:00-300',
      '01:30-300',
      '02:00-300',
      '02:30-300',
      '03:00-300',
      '03:30-300',
      '04:00-300',
      '04:30-300',
    ])
    expect(new Set(slots.map((slot) => slot.start)).size).toBe(slots.length)
  })

  it('keeps 09:00 at 09:00 local on both sides of each change', () => {
    const sundays = staff({ weeklyHours: [{ weekday: 7, startTime: '09:00', endTime: '10:00' }] })
    expect(slotsForDay([sundays], rules(), '2026-03-01')[0]?.start).toBe('2026-03-01T14:00:00.000Z')
    expect(slotsForDay([sundays], rules(), '2026-03-08')[0]?.start).toBe('2026-03-08T13:00:00.000Z')
    expect(slotsForDay([sundays], rules(), '2026-11-01')[0]?.start).toBe('2026-11-01T14:00:00.000Z')
  })
})

describe('availableDays', () => {
  it('lists the dates of a month with a free slot, within the booking window', () => {
    const now = Date.parse('2026-07-15T16:00:00Z') // noon local: that day is over
    const full = [{ from: Date.parse('2026-07-20T13:00:00Z'), until: Date.parse('2026-07-20T16:00:00Z') }]
    const days = availableDays([staff({ busy: full })], rules({ now, maxAdvanceDays: 14 }), '2026-07')
    expect(days).toEqual(['2026-07-16', '2026-07-17', '2026-07-21', '2026-07-22', '2026-07-23', '2026-07-24', '2026-07-27', '2026-07-28', '2026-07-29'])
  })
})

describe('nextSlots and findSlot', () => {
  it('finds the next free slots after a taken one, and checks one exact start', () => {
    const busy = [{ from: Date.parse('2026-07-06T13:00:00Z'), until: Date.parse('2026-07-06T14:00:00Z') }]
    const next = nextSlots([staff({ busy })], rules(), Date.parse('2026-07-06T13:00:00Z'), 3)
    expect(times(next)).toEqual(['10:00', '10:30', '11:00'])
    expect(findSlot(staff({ busy }), rules(), '2026-07-06T13:00:00Z')).toBeUndefined()
    expect(findSlot(staff({ busy }), rules(), '2026-07-06T14:00:00.000Z')?.localTime).toBe('10:00')
    expect(findSlot(staff(), rules(), '2026-07-06T14:10:00Z')).toBeUndefined()
  })
})
