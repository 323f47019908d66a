import { describe, expect, it } from 'vitest'
import { addDays, gridHours, instantOf, localDateOf, placeOnDay, rangeOf, weekStartOf, withLanes } from './calendar-time'

const toronto = 'America/Toronto'

describe('calendar days on the business clock', () => {
  it('finds the Monday of a week and walks across months', () => {
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02')
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09')
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02')
  })

  it('gives a spring-forward day 23 hours and a fall-back day 25', () => {
    const spring = rangeOf('2026-03-08', 1, toronto)
    expect(spring).toEqual({ from: '2026-03-08T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' })
    const fall = rangeOf('2026-11-01', 1, toronto)
    expect(new Date(fall.to).getTime() - new Date(fall.from).getTime()).toBe(25 * 3600 * 1000)
  })

  it('reads the local date of an instant in the business zone, not the browser’s', () => {
    expect(localDateOf('2026-07-01T03:30:00.000Z', toronto)).toBe('2026-06-30')
    expect(localDateOf('2026-07-01T03:30:00.000Z', 'Europe/Paris')).toBe('2026-07-01')
    expect(instantOf('2026-07-01', '09:30', toronto).toISOString()).toBe('2026-07-01T13:30:00.000Z')
  })
})

describe('placeOnDay', () => {
  it('places a booking by its wall-clock time, on DST days too', () => {
    // 10:00-11:30 local on the spring-forward Sunday (UTC-4 after 3:00).
    const booking = { start: '2026-03-08T14:00:00.000Z', end: '2026-03-08T15:30:00.000Z' }
    expect(placeOnDay([booking], '2026-03-08', toronto, 7 * 60, 19 * 60)).toEqual([{ item: booking, top: 180, height: 90 }])
  })

  it('leaves out other days and clips what runs past midnight', () => {
    const late = { start: '2026-07-02T02:00:00.000Z', end: '2026-07-02T05:00:00.000Z' } // 22:00-01:00 local
    expect(placeOnDay([late], '2026-07-01', toronto, 0, 24 * 60)).toEqual([{ item: late, top: 22 * 60, height: 120 }])
    expect(placeOnDay([late], '2026-07-02', toronto, 0, 24 * 60)).toEqual([{ item: late, top: 0, height: 60 }])
    expect(placeOnDay([late], '2026-07-03', toronto, 0, 24 * 60)).toEqual([])
  })
})

describe('gridHours', () => {
  it('widens the default hours to whole hours holding every booking shown', () => {
    const early = { start: '2026-07-01T10:15:00.000Z', end: '2026-07-01T11:00:00.000Z' } // 6:15-7:00
    const late = { start: '2026-07-01T23:00:00.000Z', end: '2026-07-02T00:30:00.000Z' } // 19:00-20:30
    expect(gridHours([early, late], ['2026-07-01'], toronto)).toEqual({ start: 6 * 60, end: 21 * 60 })
    expect(gridHours([early], ['2026-07-02'], toronto)).toEqual({ start: 7 * 60, end: 19 * 60 })
  })
})

describe('withLanes', () => {
  it('puts overlapping bookings side by side and leaves the others full width', () => {
    const laned = withLanes([
      { item: 'a', top: 0, height: 60 },
      { item: 'b', top: 30, height: 60 },
      { item: 'c', top: 60, height: 30 },
      { item: 'd', top: 120, height: 30 },
    ])
    const byItem = Object.fromEntries(laned.map(({ item, lane, lanes }) => [item, [lane, lanes]]))
    expect(byItem).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] })
  })
})
