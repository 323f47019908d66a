import { describe, expect, it } from 'vitest'
import { defaultQuietHours, quietHoursEnd } from './quiet-hours'

const toronto = 'America/Toronto'

describe('quietHoursEnd', () => {
  it('holds a message sent at 22:30 in Toronto until 08:00 the next morning there', () => {
    // 2026-12-08 22:30 EST = 2026-12-09 03:30 UTC
    expect(quietHoursEnd(new Date('2026-12-09T03:30:00Z'), defaultQuietHours, toronto)).toEqual(
      new Date('2026-12-09T13:00:00Z'),
    )
  })

  it('holds a message sent at 06:10 until 08:00 the same morning', () => {
    expect(quietHoursEnd(new Date('2026-12-09T11:10:00Z'), defaultQuietHours, toronto)).toEqual(
      new Date('2026-12-09T13:00:00Z'),
    )
  })

  it('lets a message sent at 08:00 or in the afternoon go at once', () => {
    expect(quietHoursEnd(new Date('2026-12-09T13:00:00Z'), defaultQuietHours, toronto)).toBeNull()
    expect(quietHoursEnd(new Date('2026-12-09T19:00:00Z'), defaultQuietHours, toronto)).toBeNull()
  })

  it('reads the window in the business time zone, not UTC', () => {
    // 23:00 in Vancouver (PST) is 07:00 UTC, still quiet there.
    expect(quietHoursEnd(new Date('2026-12-09T07:00:00Z'), defaultQuietHours, 'America/Vancouver')).toEqual(
      new Date('2026-12-09T16:00:00Z'),
    )
    // The same instant is 02:00 in Toronto: quiet too, ending at 08:00 Toronto time.
    expect(quietHoursEnd(new Date('2026-12-09T07:00:00Z'), defaultQuietHours, toronto)).toEqual(
      new Date('2026-12-09T13:00:00Z'),
    )
  })

  it('ends at 08:00 local time across the spring daylight-saving change', () => {
    // 2027-03-13 23:00 EST (04:00 UTC on the 14th); clocks go forward at 02:00; 08:00 EDT = 12:00 UTC.
    expect(quietHoursEnd(new Date('2027-03-14T04:00:00Z'), defaultQuietHours, toronto)).toEqual(
      new Date('2027-03-14T12:00:00Z'),
    )
  })

  it('supports a window inside one day and ignores an empty one', () => {
    const lunch = { start: '12:00', end: '13:30' }
    expect(quietHoursEnd(new Date('2026-12-09T17:15:00Z'), lunch, toronto)).toEqual(new Date('2026-12-09T18:30:00Z'))
    expect(quietHoursEnd(new Date('2026-12-09T03:30:00Z'), { start: '08:00', end: '08:00' }, toronto)).toBeNull()
  })
})
