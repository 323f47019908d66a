import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { availableDays, slotsForDay } from './compute-slots'
import type { BusyInterval, Slot, SlotRules, StaffSchedule, WeeklyHours } from './types'

/*
 * Properties of the slot function over random rules. Local wall-clock times are read back with
 * Intl.DateTimeFormat, independently of the tz library the function uses.
 */

const zones = ['America/Toronto', 'America/Vancouver', 'America/St_Johns', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Sydney']
const dstDates = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04']
const minute = 60_000

const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`

const formatters = new Map<string, Intl.DateTimeFormat>()
function wallClock(instant: number, timeZone: string) {
  const format =
    formatters.get(timeZone) ??
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
  formatters.set(timeZone, format)
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) }
}

// Working hours between 05:00 and 23:45 on quarter hours: no zone here changes its clocks then.
const span = fc
  .tuple(fc.integer({ min: 20, max: 94 }), fc.integer({ min: 1, max: 40 }))
  .map(([start, length]) => ({ start: start * 15, end: Math.min(95, start + length) * 15 }))
  .filter(({ start, end }) => start < end)
const weeklyHours = fc.array(
  fc.tuple(fc.integer({ min: 1, max: 7 }), span).map(([weekday, { start, end }]): WeeklyHours => ({ weekday, startTime: hhmm(start), endTime: hhmm(end) })),
  { minLength: 1, maxLength: 12 },
)
const date = fc.oneof(
  fc.constantFrom(...dstDates),
  fc.integer({ min: 0, max: 364 }).map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)),
)

const scenario = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    date,
    weeklyHours,
    busy: fc.array(fc.tuple(fc.integer({ min: -36 * 60, max: 36 * 60 }), fc.integer({ min: 5, max: 300 })), { maxLength: 10 }),
    durationMinutes: fc.integer({ min: 5, max: 300 }),
    bufferBeforeMinutes: fc.integer({ min: 0, max: 60 }),
    bufferAfterMinutes: fc.integer({ min: 0, max: 60 }),
    slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
    minNoticeMinutes: fc.oneof(fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 0, max: 240 })),
    maxAdvanceDays: fc.integer({ min: 1, max: 60 }),
    // Often near the date, so the notice and window edges fall inside it.
    nowOffsetMinutes: fc.oneof(fc.integer({ min: -40 * 24 * 60, max: 2 * 24 * 60 }), fc.integer({ min: -24 * 60, max: 12 * 60 })),
  })
  .map((input) => {
    const noon = Date.parse(`${input.date}T12:00:00Z`)
    const busy: BusyInterval[] = input.busy.map(([offset, length]) => ({ from: noon + offset * minute, until: noon + (offset + length) * minute }))
    const schedule: StaffSchedule = { staffId: 'staff', weeklyHours: input.weeklyHours, overrides: [], busy }
    const rules: SlotRules = {
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      bufferBeforeMinutes: input.bufferBeforeMinutes,
      bufferAfterMinutes: input.bufferAfterMinutes,
      slotIntervalMinutes: input.slotIntervalMinutes,
      minNoticeMinutes: input.minNoticeMinutes,
      maxAdvanceDays: input.maxAdvanceDays,
      now: noon + input.nowOffsetMinutes * minute,
    }
    return { date: input.date, schedule, rules }
  })

const startOf = (slot: Slot) => Date.parse(slot.start)
const endOf = (slot: Slot) => Date.parse(slot.end)
const runs = { numRuns: 400 }

describe('slotsForDay properties', () => {
  it('no slot, with its buffers, overlaps a busy interval', () => {
    fc.assert(
      fc.property(scenario, ({ date, schedule, rules }) => {
        for (const slot of slotsForDay([schedule], rules, date)) {
          const from = startOf(slot) - rules.bufferBeforeMinutes * minute
          const until = endOf(slot) + rules.bufferAfterMinutes * minute
          for (const busy of schedule.busy) expect(from < busy.until && busy.from < until).toBe(false)
        }
      }),
      runs,
    )
  })

  it('every slot lies inside one span of that weekday’s working hours, on the requested local date', () => {
    fc.assert(
      fc.property(scenario, ({ date, schedule, rules }) => {
        const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1
        const spans = schedule.weeklyHours.filter((hours) => hours.weekday === weekday)
        for (const slot of slotsForDay([schedule], rules, date)) {
          const start = wallClock(startOf(slot), rules.timeZone)
          const end = wallClock(endOf(slot), rules.timeZone)
          expect(start.date).toBe(date)
          expect(slot.localDate).toBe(date)
          expect(slot.localTime).toBe(hhmm(start.minutes))
          // Touching spans count as one (08:00-12:00 + 12:00-13:00 lets 11:30-12:30 through).
          const covered = (from: number, to: number): boolean => {
            if (from >= to) return true
            const holder = spans.find((hours) => hhmm(from) >= hours.startTime && hhmm(from) < hours.endTime)
            if (!holder) return false
            const holderEnd = Number(holder.endTime.slice(0, 2)) * 60 + Number(holder.endTime.slice(3, 5))
            return holderEnd > from && covered(holderEnd, to)
          }
          expect(end.date === date ? covered(start.minutes, end.minutes) : false).toBe(true)
        }
      }),
      runs,
    )
  })

  it('respects minimum notice and maximum advance, and never repeats or reorders an instant', () => {
    fc.assert(
      fc.property(scenario, ({ date, schedule, rules }) => {
        const slots = slotsForDay([schedule], rules, date)
        for (const slot of slots) {
          expect(startOf(slot)).toBeGreaterThanOrEqual(rules.now + rules.minNoticeMinutes * minute)
          expect(startOf(slot)).toBeLessThanOrEqual(rules.now + rules.maxAdvanceDays * 24 * 60 * minute)
          expect(endOf(slot) - startOf(slot)).toBe(rules.durationMinutes * minute)
        }
        const starts = slots.map(startOf)
        expect(starts).toEqual([...new Set(starts)].sort((x, y) => x - y))
      }),
      runs,
    )
  })

  it('across the night of a Toronto DST change, steps by exactly the interval in real time with labels that match the clock', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2026-03-08', '2026-11-01'),
        fc.constantFrom(5, 10, 15, 20, 30, 60),
        fc.integer({ min: 4, max: 8 }),
        (date, interval, untilHour) => {
          const schedule: StaffSchedule = {
            staffId: 'staff',
            weeklyHours: [{ weekday: 7, startTime: '00:00', endTime: `${pad(untilHour)}:00` }],
            overrides: [],
            busy: [],
          }
          const rules: SlotRules = {
            timeZone: 'America/Toronto',
            durationMinutes: interval,
            bufferBeforeMinutes: 0,
            bufferAfterMinutes: 0,
            slotIntervalMinutes: interval,
            minNoticeMinutes: 0,
            maxAdvanceDays: 365,
            now: Date.parse('2026-01-01T00:00:00Z'),
          }
          const slots = slotsForDay([schedule], rules, date)
          // The night is an hour shorter in spring and an hour longer in fall.
          const realHours = untilHour + (date === '2026-03-08' ? -1 : 1)
          expect(slots).toHaveLength((realHours * 60) / interval)
          slots.forEach((slot, i) => {
            if (i > 0) expect(startOf(slot) - startOf(slots[i - 1] ?? slot)).toBe(interval * minute)
            const clock = wallClock(startOf(slot), 'America/Toronto')
            expect(`${slot.localDate} ${slot.localTime}`).toBe(`${clock.date} ${hhmm(clock.minutes)}`)
          })
          expect(new Set(slots.map((slot) => `${slot.localTime}${slot.utcOffsetMinutes}`)).size).toBe(slots.length)
        },
      ),
    )
  })

  it('lists a day as available exactly when it has a slot, and "anyone" is the union of each person’s slots', () => {
    fc.assert(
      fc.property(scenario, weeklyHours, ({ date, schedule, rules }, otherHours) => {
        const other: StaffSchedule = { staffId: 'other', weeklyHours: otherHours, overrides: [], busy: [] }
        const month = date.slice(0, 7)
        const days = availableDays([schedule, other], rules, month)
        const anyone = slotsForDay([schedule, other], rules, date)
        expect(days.includes(date)).toBe(anyone.length > 0)
        const starts = (slots: Slot[]) => slots.map((slot) => slot.start)
        const union = [...new Set([...starts(slotsForDay([schedule], rules, date)), ...starts(slotsForDay([other], rules, date))])].sort()
        expect(starts(anyone)).toEqual(union)
      }),
      { numRuns: 150 },
    )
  })
})
