import { describe, expect, it } from 'vitest'
import type { StaffSchedule } from '../availability'
import { seriesStarts, skipReasonOf } from './series-rule'

const zone = 'America/Toronto'
const local = (instant: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant)

describe('seriesStarts', () => {
  it('keeps 09:00 local every week across the November DST change', () => {
    // Monday 2026-10-19 09:00 EDT (13:00 UTC) to mid-November: 09:00 EST is 14:00 UTC.
    const starts = seriesStarts({
      firstStart: Date.parse('2026-10-19T13:00:00Z'),
      frequency: 'weekly',
      until: '2026-11-16',
      timeZone: zone,
    })
    expect(starts.map(local)).toEqual([
      '2026-10-19, 09:00',
      '2026-10-26, 09:00',
      '2026-11-02, 09:00',
      '2026-11-09, 09:00',
      '2026-11-16, 09:00',
    ])
    expect(new Date(starts[0] ?? 0).toISOString()).toBe('2026-10-19T13:00:00.000Z')
    expect(new Date(starts[2] ?? 0).toISOString()).toBe('2026-11-02T14:00:00.000Z')
  })

  it('keeps 09:00 local from winter into summer (March change)', () => {
    const starts = seriesStarts({
      firstStart: Date.parse('2026-03-02T14:00:00Z'),
      frequency: 'biweekly',
      until: '2026-03-31',
      timeZone: zone,
    })
    expect(starts.map(local)).toEqual(['2026-03-02, 09:00', '2026-03-16, 09:00', '2026-03-30, 09:00'])
    expect(new Date(starts[1] ?? 0).toISOString()).toBe('2026-03-16T13:00:00.000Z')
  })

  it('includes an occurrence on the until date and none after it', () => {
    const starts = seriesStarts({
      firstStart: Date.parse('2026-05-04T13:00:00Z'),
      frequency: 'weekly',
      until: '2026-05-18',
      timeZone: zone,
    })
    expect(starts.map(local)).toEqual(['2026-05-04, 09:00', '2026-05-11, 09:00', '2026-05-18, 09:00'])
  })

  it('recurs monthly on the same weekday of the month, the last one for a fifth', () => {
    // 2026-05-12 is the 2nd Tuesday of May.
    const second = seriesStarts({
      firstStart: Date.parse('2026-05-12T13:00:00Z'),
      frequency: 'monthly',
      until: '2026-08-31',
      timeZone: zone,
    })
    expect(second.map(local)).toEqual([
      '2026-05-12, 09:00',
      '2026-06-09, 09:00',
      '2026-07-14, 09:00',
      '2026-08-11, 09:00',
    ])
    // 2026-06-30 is the 5th (and last) Tuesday of June; July's last Tuesday is the 28th.
    const last = seriesStarts({
      firstStart: Date.parse('2026-06-30T13:00:00Z'),
      frequency: 'monthly',
      until: '2026-08-31',
      timeZone: zone,
    })
    expect(last.map(local)).toEqual(['2026-06-30, 09:00', '2026-07-28, 09:00', '2026-08-25, 09:00'])
  })
})

describe('skipReasonOf', () => {
  const schedule: StaffSchedule = {
    staffId: 'staff',
    weeklyHours: [{ weekday: 1, startTime: '08:00', endTime: '12:00' }],
    overrides: [{ date: '2026-05-18', kind: 'closed', startTime: null, endTime: null }],
    busy: [],
  }
  const at = (iso: string, minutes = 60) => {
    const start = Date.parse(iso)
    return { start, end: start + minutes * 60_000, blockedFrom: start, blockedUntil: start + minutes * 60_000 }
  }

  it('places an occurrence inside the hours and free', () => {
    expect(skipReasonOf(schedule, at('2026-05-04T13:00:00Z'), zone, [])).toBeNull()
  })
  it('says closed on a closed date, outsideHours past the hours, conflict over a booking', () => {
    expect(skipReasonOf(schedule, at('2026-05-18T13:00:00Z'), zone, [])).toBe('closed')
    expect(skipReasonOf(schedule, at('2026-05-04T15:30:00Z'), zone, [])).toBe('outsideHours')
    const busy = [{ from: Date.parse('2026-05-04T13:30:00Z'), until: Date.parse('2026-05-04T14:00:00Z') }]
    expect(skipReasonOf(schedule, at('2026-05-04T13:00:00Z'), zone, busy)).toBe('conflict')
  })
})
