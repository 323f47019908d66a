import { addDays, type CalendarDate, daysInMonth, formatDate, localDateOf, parseDate } from '../calendar-date'
import { workingSpansOf } from './day-spans'
import { type DayClock, dayClock } from './local-time'
import type { BusyInterval, Slot, SlotRules, StaffSchedule } from './types'
import { msPerDay as day, msPerMinute as minute } from '@portail/validators'

/** Sorted, merged busy intervals, so one forward pointer answers "does this slot overlap?". */
function mergeBusy(busy: readonly BusyInterval[]): BusyInterval[] {
  const sorted = [...busy].filter((interval) => interval.from < interval.until).sort((x, y) => x.from - y.from)
  const merged: BusyInterval[] = []
  for (const interval of sorted) {
    const last = merged.at(-1)
    if (last && interval.from <= last.until) last.until = Math.max(last.until, interval.until)
    else merged.push({ ...interval })
  }
  return merged
}

/** The instants the booking may start at, derived once per request. */
function windowOf(rules: SlotRules) {
  if (rules.slotIntervalMinutes <= 0 || rules.durationMinutes <= 0)
    throw new Error('slot interval and duration must be positive')
  return { earliest: rules.now + rules.minNoticeMinutes * minute, latest: rules.now + rules.maxAdvanceDays * day }
}

/**
 * Start instants (epoch ms, ascending) of one staff member on one local date. A slot is offered when
 * - the service time [start, start + duration) lies inside one working span of that date (buffers
 *   may reach outside working hours: travel before the first visit is the staff member's affair);
 * - its buffered range [start - buffer before, end + buffer after) meets no busy interval (busy
 *   intervals carry their own buffers), the very ranges the bookings_no_overlap constraint compares;
 * - it starts no earlier than now + minimum notice and no later than now + maximum advance.
 * Slots step by the interval in real time from each span's start, so a day with a DST change has
 * neither a repeated nor a missing instant.
 */
function startsOf(
  schedule: StaffSchedule,
  rules: SlotRules,
  date: CalendarDate,
  clock: DayClock,
  busy: readonly BusyInterval[],
  firstOnly: boolean,
): number[] {
  const { earliest, latest } = windowOf(rules)
  const duration = rules.durationMinutes * minute
  const before = rules.bufferBeforeMinutes * minute
  const after = rules.bufferAfterMinutes * minute
  const step = rules.slotIntervalMinutes * minute
  const starts: number[] = []
  let next = 0
  for (const span of workingSpansOf(formatDate(date), schedule.weeklyHours, schedule.overrides)) {
    const spanStart = clock.instantOf(span.start)
    const spanEnd = clock.instantOf(span.end)
    for (let start = spanStart; start + duration <= spanEnd; start += step) {
      if (start > latest) return starts
      if (start < earliest) continue
      const blockedFrom = start - before
      const blockedUntil = start + duration + after
      while (next < busy.length && (busy[next]?.until ?? 0) <= blockedFrom) next += 1
      const blocking = busy[next]
      if (blocking && blocking.from < blockedUntil) continue
      starts.push(start)
      if (firstOnly) return starts
    }
  }
  return starts
}

function toSlots(byStart: Map<number, string[]>, rules: SlotRules, clock: DayClock): Slot[] {
  return [...byStart.entries()]
    .sort(([x], [y]) => x - y)
    .map(([start, staffIds]) => ({
      start: new Date(start).toISOString(),
      end: new Date(start + rules.durationMinutes * minute).toISOString(),
      ...clock.label(start),
      staffIds: [...staffIds].sort(),
    }))
}

/**
 * The busy intervals that can meet a slot of `date`, merged: a slot and its buffers lie within a
 * day of the date, so the rest of a month's bookings need not be sorted for every date.
 */
function busyNear(busy: readonly BusyInterval[], date: CalendarDate, rules: SlotRules): BusyInterval[] {
  const midnight = Date.UTC(date.year, date.month - 1, date.day)
  const from = midnight - day - rules.bufferBeforeMinutes * minute
  const until = midnight + 2 * day + (rules.durationMinutes + rules.bufferAfterMinutes) * minute
  return mergeBusy(busy.filter((interval) => interval.until > from && interval.from < until))
}

function slotsOfDate(staff: readonly StaffSchedule[], rules: SlotRules, date: CalendarDate): Slot[] {
  const clock = dayClock(date, rules.timeZone)
  const byStart = new Map<number, string[]>()
  for (const schedule of staff) {
    for (const start of startsOf(schedule, rules, date, clock, busyNear(schedule.busy, date, rules), false)) {
      byStart.set(start, [...(byStart.get(start) ?? []), schedule.staffId])
    }
  }
  return toSlots(byStart, rules, clock)
}

/**
 * The slots of one local date ("YYYY-MM-DD" in the tenant's zone) for the given staff members:
 * one person chosen, or everyone who performs the service ("anyone"), each slot naming who is free.
 */
export function slotsForDay(staff: readonly StaffSchedule[], rules: SlotRules, date: string): Slot[] {
  return slotsOfDate(staff, rules, parseDate(date))
}

/** The local dates of a month ("YYYY-MM") on which at least one slot is free. */
export function availableDays(staff: readonly StaffSchedule[], rules: SlotRules, month: string): string[] {
  const first = parseDate(`${month}-01`)
  const { earliest, latest } = windowOf(rules)
  const from = formatDate(localDateOf(earliest, rules.timeZone))
  const until = formatDate(localDateOf(latest, rules.timeZone))
  const merged = staff.map((schedule) => ({ schedule, busy: mergeBusy(schedule.busy) }))
  const days: string[] = []
  for (let offset = 0; offset < daysInMonth(first.year, first.month); offset += 1) {
    const date = addDays(first, offset)
    const label = formatDate(date)
    if (label < from || label > until) continue
    const clock = dayClock(date, rules.timeZone)
    if (merged.some(({ schedule, busy }) => startsOf(schedule, rules, date, clock, busy, true).length > 0))
      days.push(label)
  }
  return days
}

/** The first `limit` slots starting at or after `from` (epoch ms), within the booking window. */
export function nextSlots(staff: readonly StaffSchedule[], rules: SlotRules, from: number, limit: number): Slot[] {
  const { earliest, latest } = windowOf(rules)
  const last = formatDate(localDateOf(latest, rules.timeZone))
  const found: Slot[] = []
  for (
    let date = localDateOf(Math.max(from, earliest), rules.timeZone);
    formatDate(date) <= last;
    date = addDays(date, 1)
  ) {
    for (const slot of slotsOfDate(staff, rules, date)) {
      if (Date.parse(slot.start) >= from) found.push(slot)
      if (found.length >= limit) return found
    }
  }
  return found
}

/** The slot starting exactly at `start` (ISO instant) for `staffId`, if it is free under the rules. */
export function findSlot(schedule: StaffSchedule, rules: SlotRules, start: string): Slot | undefined {
  const instant = Date.parse(start)
  if (Number.isNaN(instant)) return undefined
  return slotsOfDate([schedule], rules, localDateOf(instant, rules.timeZone)).find(
    (slot) => Date.parse(slot.start) === instant,
  )
}
