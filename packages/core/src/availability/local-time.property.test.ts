import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CalendarDate } from '../calendar-date'
import { instantOf, tzDateInstantOf } from './local-time'

/*
 * instantOf computes with two offset lookups what TZDate computes with several. It must give
 * TZDate's instant for every local time, DST days included (a time in a gap moves forward by the
 * gap), except on a repeated hour, where it always takes the first occurrence as documented and
 * TZDate, east of UTC, takes the second: there both instants read back as the asked wall time
 * (checked with Intl, independently of either) and ours is the earlier.
 */

const zones = [
  'America/Toronto',
  'America/Vancouver',
  'America/St_Johns',
  'Europe/Paris',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
]
const transitionDays = [
  '2026-03-08',
  '2026-11-01',
  '2026-03-29',
  '2026-10-25',
  '2026-04-05',
  '2026-10-04',
  '2026-09-27',
]

const formatters = new Map<string, Intl.DateTimeFormat>()
function wallClock(instant: number, timeZone: string): string {
  const format =
    formatters.get(timeZone) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
  formatters.set(timeZone, format)
  return format.format(new Date(instant))
}

const calendarOf = (iso: string): CalendarDate => {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number)
  return { year, month, day }
}

function expectAgreement(calendar: CalendarDate, minutes: number, zone: string) {
  const ours = instantOf(calendar, minutes, zone)
  const reference = tzDateInstantOf(calendar, minutes, zone)
  if (ours === reference) return
  expect(ours, `${zone} ${JSON.stringify(calendar)} ${minutes}`).toBeLessThan(reference)
  expect(wallClock(ours, zone)).toBe(wallClock(reference, zone))
}

describe('instantOf', () => {
  it('agrees with TZDate for random local times of random days, transition days included', () => {
    const date = fc.oneof(
      fc.constantFrom(...transitionDays),
      fc
        .integer({ min: 0, max: 3 * 365 })
        .map((offset) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10)),
    )
    fc.assert(
      fc.property(fc.constantFrom(...zones), date, fc.integer({ min: 0, max: 24 * 60 }), (zone, iso, minutes) => {
        expectAgreement(calendarOf(iso), minutes, zone)
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees on every quarter hour of the transition days', () => {
    for (const zone of zones) {
      for (const iso of transitionDays) {
        for (let minutes = 0; minutes <= 24 * 60; minutes += 15) expectAgreement(calendarOf(iso), minutes, zone)
      }
    }
  })
})
