import { bench, describe } from 'vitest'
import { availableDays, slotsForDay } from '../src/availability'
import type { BusyInterval, SlotRules, StaffSchedule } from '../src/availability'

/*
 * Issue 5, benchmarks: slots of one staff member over a month (target <= 5 ms), beside a plain
 * sorted sweep over the same candidate starts and busy intervals (no time zone, no rules: the
 * floor any slot function pays); available days of a business with 10 staff over a month
 * (target <= 50 ms). `pnpm --filter @portail/core bench`.
 */

const minute = 60_000
const month = '2026-03' // holds the spring-forward day in Toronto
const weekly = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, startTime: '08:00', endTime: '12:00' },
  { weekday, startTime: '13:00', endTime: '17:00' },
])

/** Three one-hour bookings a working day, with 15-minute buffers. */
function busyOf(seed: number): BusyInterval[] {
  const busy: BusyInterval[] = []
  for (let day = 1; day <= 31; day++) {
    for (const hour of [9, 13 + (seed % 2), 15]) {
      const start = Date.UTC(2026, 2, day, hour + 4, 0)
      busy.push({ from: start - 15 * minute, until: start + 75 * minute })
    }
  }
  return busy
}

const staff = (i: number): StaffSchedule => ({ staffId: `staff-${i}`, weeklyHours: weekly, overrides: [], busy: busyOf(i) })
const rules: SlotRules = {
  timeZone: 'America/Toronto',
  durationMinutes: 60,
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 15,
  slotIntervalMinutes: 15,
  minNoticeMinutes: 0,
  maxAdvanceDays: 365,
  now: Date.UTC(2026, 1, 1),
}
const days = Array.from({ length: 31 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
const one = staff(0)
const team = Array.from({ length: 10 }, (_, i) => staff(i))

// The same candidates the slot function considers, as UTC instants, for the plain sweep.
const candidates: number[] = []
for (const date of days) for (const slot of slotsForDay([{ ...one, busy: [] }], rules, date)) candidates.push(Date.parse(slot.start))
const sortedBusy = [...one.busy].sort((x, y) => x.from - y.from)
let swept = 0

describe('availability over a month', () => {
  bench('slots of one staff member, 31 days (target <= 5 ms)', () => {
    for (const date of days) slotsForDay([one], rules, date)
  })

  bench('plain sorted sweep over the same candidates and busy intervals (floor)', () => {
    const free: number[] = []
    let next = 0
    for (const start of candidates) {
      const from = start - 15 * minute
      const until = start + 75 * minute
      while (next < sortedBusy.length && (sortedBusy[next]?.until ?? 0) <= from) next += 1
      const blocking = sortedBusy[next]
      if (!blocking || blocking.from >= until) free.push(start)
    }
    swept = free.length
  })

  bench('available days of a business with 10 staff (target <= 50 ms)', () => {
    availableDays(team, rules, month)
  })
})

// Keeps the sweep's result observable, so the floor is not optimised away.
export const sweptSlots = () => swept
