import { describe, expect, it } from 'vitest'
import { addDays, daysInMonth, formatDate, isoWeekday, localDateOf, parseDate, zonedInstantOf } from './calendar-date'

const next = (date: string, days: number) => formatDate(addDays(parseDate(date), days))

describe('calendar dates', () => {
  it('steps over month, year and leap-day boundaries', () => {
    expect(next('2026-01-31', 1)).toBe('2026-02-01')
    expect(next('2026-12-31', 1)).toBe('2027-01-01')
    expect(next('2028-02-28', 1)).toBe('2028-02-29')
    expect(next('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2026, 2)).toBe(28)
  })

  it('names ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekday(parseDate('2026-12-07'))).toBe(1)
    expect(isoWeekday(parseDate('2026-12-13'))).toBe(7)
  })

  it('refuses what is not a date', () => {
    expect(() => parseDate('2026-1-07')).toThrow(/not a date/)
  })

  it("reads an instant on the business's clock, not the server's", () => {
    // 03:30 UTC on 8 December is still the 7th in Toronto (UTC-5) and already the 8th in Paris.
    const instant = Date.UTC(2026, 11, 8, 3, 30)
    expect(formatDate(localDateOf(instant, 'America/Toronto'))).toBe('2026-12-07')
    expect(formatDate(localDateOf(instant, 'Europe/Paris'))).toBe('2026-12-08')
  })

  it('moves a wall-clock time inside the spring-forward gap forward by the gap', () => {
    // Toronto skips 02:00-03:00 on 8 March 2026: 02:30 does not exist and reads as 03:30 EDT (07:30Z).
    expect(zonedInstantOf(parseDate('2026-03-08'), 150, 'America/Toronto')).toBe(Date.UTC(2026, 2, 8, 7, 30))
    expect(zonedInstantOf(parseDate('2026-03-09'), 9 * 60, 'America/Toronto')).toBe(Date.UTC(2026, 2, 9, 13, 0))
  })
})
