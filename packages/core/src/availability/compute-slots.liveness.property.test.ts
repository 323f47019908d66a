import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { availableDays, slotsForDay } from './compute-slots'
import type { BusyInterval, ScheduleOverride, Slot, SlotRules, StaffSchedule, WeeklyHours } from './types'

/*
 * Liveness of the slot function: a day that is open offers what it should, not merely nothing wrong
 * (compute-slots.property.test.ts checks that no slot breaks a rule; a function that offered no slot
 * at all would pass those). The expected slots are counted from the schedule alone: one working span,
 * stepped by the interval from its start, every step whose whole service time fits. Wall-clock
 * labels are read back with Intl.DateTimeFormat, independently of the tz library the function uses.
 */

const zones = [
  'America/Toronto',
  'America/Vancouver',
  'America/St_Johns',
  'Europe/Paris',
  'Asia/Kolkata',
  'Australia/Sydney',
]
// Days on which one of these zones changes its clocks (at night, outside the spans below).
const dstDates = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04']
const minute = 60_000
const day = 24 * 60 * minute

const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1

const formatters = new Map<string, Intl.DateTimeFormat>()
function wallClock(instant: number, timeZone: string) {
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
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

const date = fc.oneof(
  fc.constantFrom(...dstDates),
  fc.integer({ min: 0, max: 364 }).map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)),
)

/**
 * One open day: a working span between 05:00 and 23:45 (no zone here changes its clocks then) and a
 * service that fits in it, with the business's other weekdays open too (they must not matter).
 */
const openDay = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    date,
    startQuarter: fc.integer({ min: 20, max: 94 }),
    lengthQuarters: fc.integer({ min: 1, max: 40 }),
    slotIntervalMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90),
    bufferBeforeMinutes: fc.integer({ min: 0, max: 60 }),
    bufferAfterMinutes: fc.integer({ min: 0, max: 60 }),
    durationShare: fc.double({ min: 0, max: 1, noNaN: true }),
    otherDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
  })
  .map((input) => {
    const start = input.startQuarter * 15
    const end = Math.min(95, input.startQuarter + input.lengthQuarters) * 15
    // 5 minutes up to the whole span.
    const durationMinutes = 5 + Math.floor(input.durationShare * (end - start - 5))
    const weekday = isoWeekday(input.date)
    const weeklyHours: WeeklyHours[] = [
      { weekday, startTime: hhmm(start), endTime: hhmm(end) },
      ...input.otherDays
        .filter((other) => other !== weekday)
        .map((other) => ({ weekday: other, startTime: '08:00', endTime: '17:00' })),
    ]
    const rules: SlotRules = {
      timeZone: input.timeZone,
      durationMinutes,
      bufferBeforeMinutes: input.bufferBeforeMinutes,
      bufferAfterMinutes: input.bufferAfterMinutes,
      slotIntervalMinutes: input.slotIntervalMinutes,
      minNoticeMinutes: 0,
      maxAdvanceDays: 10,
      // Days before the date, so notice and window leave the whole day open.
      now: Date.parse(`${input.date}T00:00:00Z`) - 3 * day,
    }
    const schedule: StaffSchedule = { staffId: 'staff', weeklyHours, overrides: [], busy: [] }
    return { date: input.date, start, end, schedule, rules }
  })

/** The local start times of a span [start, end): every interval step whose service time fits. */
function expectedTimes(start: number, end: number, rules: SlotRules): string[] {
  const times: string[] = []
  for (let at = start; at + rules.durationMinutes <= end; at += rules.slotIntervalMinutes) times.push(hhmm(at))
  return times
}

const startOf = (slot: Slot) => Date.parse(slot.start)
const endOf = (slot: Slot) => Date.parse(slot.end)
const runs = { numRuns: 300 }

describe('slotsForDay liveness', () => {
  it('an open day with no bookings, holds or overrides offers every step that fits, at least one', () => {
    fc.assert(
      fc.property(openDay, ({ date, start, end, schedule, rules }) => {
        const slots = slotsForDay([schedule], rules, date)
        const expected = expectedTimes(start, end, rules)
        // The span is at least as long as the service: its first step always fits.
        expect(expected.length).toBe(Math.floor((end - start - rules.durationMinutes) / rules.slotIntervalMinutes) + 1)
        expect(expected.length).toBeGreaterThanOrEqual(1)
        expect(slots.map((slot) => slot.localTime)).toEqual(expected)
        for (const slot of slots) {
          expect(wallClock(startOf(slot), rules.timeZone)).toEqual({ date, time: slot.localTime })
          expect(slot.staffIds).toEqual(['staff'])
        }
        expect(availableDays([schedule], rules, date.slice(0, 7))).toContain(date)
      }),
      runs,
    )
  })

  it('a weekday without hours opened by extra hours offers every step of them', () => {
    fc.assert(
      fc.property(openDay, ({ date, start, end, schedule, rules }) => {
        const weekday = isoWeekday(date)
        const extra: ScheduleOverride = { date, kind: 'extra', startTime: hhmm(start), endTime: hhmm(end) }
        const closedWeekday: StaffSchedule = {
          ...schedule,
          weeklyHours: schedule.weeklyHours.filter((hours) => hours.weekday !== weekday),
          overrides: [extra],
        }
        expect(slotsForDay([closedWeekday], rules, date).map((slot) => slot.localTime)).toEqual(
          expectedTimes(start, end, rules),
        )
      }),
      runs,
    )
  })

  it('a closure for part of the day leaves every step of the hours before and after it', () => {
    fc.assert(
      fc.property(
        openDay,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ date, start, end, schedule, rules }, from, to) => {
          // A closure of at least a quarter hour, inside the span.
          const quarters = (end - start) / 15
          const first = Math.min(quarters - 1, Math.floor(Math.min(from, to) * quarters))
          const last = Math.min(quarters, Math.max(first + 1, Math.ceil(Math.max(from, to) * quarters)))
          const closedFrom = start + 15 * first
          const closedUntil = start + 15 * last
          const closure: ScheduleOverride = {
            date,
            kind: 'closed',
            startTime: hhmm(closedFrom),
            endTime: hhmm(closedUntil),
          }
          // Each remaining piece steps from its own start, as a span of its own would.
          const expected = [...expectedTimes(start, closedFrom, rules), ...expectedTimes(closedUntil, end, rules)]
          const slots = slotsForDay([{ ...schedule, overrides: [closure] }], rules, date)
          expect(slots.map((slot) => slot.localTime)).toEqual(expected)
        },
      ),
      runs,
    )
  })

  it('minimum notice takes away only the steps that start before it', () => {
    fc.assert(
      fc.property(openDay, fc.integer({ min: -120, max: 20 * 60 }), ({ date, schedule, rules }, noticeOffset) => {
        const open = slotsForDay([schedule], rules, date)
        // "now" an hour before the first step, the notice ending anywhere from before it to after the last.
        const first = open[0]
        if (!first) throw new Error('an open day offers a slot (checked above)')
        const now = startOf(first) - 60 * minute
        const minNoticeMinutes = Math.max(0, 60 + noticeOffset)
        const earliest = now + minNoticeMinutes * minute
        const noticed = slotsForDay([schedule], { ...rules, now, minNoticeMinutes }, date)
        expect(noticed.map((slot) => slot.start)).toEqual(
          open.filter((slot) => startOf(slot) >= earliest).map((slot) => slot.start),
        )
      }),
      runs,
    )
  })

  it('bookings and holds take away exactly the steps they meet, buffers included, and no other', () => {
    const booking = fc.tuple(fc.integer({ min: -180, max: 20 * 60 }), fc.integer({ min: 1, max: 240 }))
    fc.assert(
      fc.property(openDay, fc.array(booking, { maxLength: 6 }), ({ date, schedule, rules }, bookings) => {
        const open = slotsForDay([schedule], rules, date)
        const first = open[0]
        if (!first) throw new Error('an open day offers a slot (checked above)')
        const busy: BusyInterval[] = bookings.map(([offset, length]) => ({
          from: startOf(first) + offset * minute,
          until: startOf(first) + (offset + length) * minute,
        }))
        const clear = (slot: Slot) =>
          busy.every(
            (interval) =>
              interval.until <= startOf(slot) - rules.bufferBeforeMinutes * minute ||
              endOf(slot) + rules.bufferAfterMinutes * minute <= interval.from,
          )
        const booked = { ...schedule, busy }
        const expected = open.filter(clear).map((slot) => slot.start)
        expect(slotsForDay([booked], rules, date).map((slot) => slot.start)).toEqual(expected)
        expect(availableDays([booked], rules, date.slice(0, 7)).includes(date)).toBe(expected.length > 0)
      }),
      runs,
    )
  })

  it('for "anyone", one free person is enough: the day is offered with that person’s every step', () => {
    fc.assert(
      fc.property(openDay, ({ date, start, end, schedule, rules }) => {
        // A colleague with the same hours, booked from before opening to after closing.
        const first = slotsForDay([schedule], rules, date)[0]
        if (!first) throw new Error('an open day offers a slot (checked above)')
        const wholeDay = { from: startOf(first) - day, until: startOf(first) + day }
        const taken: StaffSchedule = { ...schedule, staffId: 'taken', busy: [wholeDay] }
        const slots = slotsForDay([taken, schedule], rules, date)
        expect(slots.map((slot) => slot.localTime)).toEqual(expectedTimes(start, end, rules))
        expect(new Set(slots.flatMap((slot) => slot.staffIds))).toEqual(new Set(['staff']))
        expect(availableDays([taken, schedule], rules, date.slice(0, 7))).toContain(date)
      }),
      runs,
    )
  })
})
