import { workingSpansOf } from '../availability/day-spans'
import { instantOf } from '../availability/local-time'
import {
  addDays,
  type CalendarDate,
  daysInMonth,
  formatDate,
  isoWeekday,
  localDateOf,
  parseDate,
} from '../calendar-date'
import type { BusyInterval, StaffSchedule } from '../availability'
import { msPerMinute as minute } from '@portail/validators'

export type SeriesFrequency = 'weekly' | 'biweekly' | 'monthly'
export type SkipReason = 'conflict' | 'closed' | 'outsideHours'

export interface SeriesRule {
  firstStart: number
  frequency: SeriesFrequency
  /** Last local date an occurrence may fall on, inclusive. */
  until: string
  timeZone: string
}

/**
 * The n-th same weekday of `date`'s month (1-based); 5 means "the last one", since a fifth
 * Tuesday exists in some months only.
 */
function weekdayOfMonth(date: CalendarDate) {
  const rank = Math.ceil(date.day / 7)
  return { weekday: isoWeekday(date), rank: rank >= 5 ? ('last' as const) : rank }
}

function nthWeekday(year: number, month: number, weekday: number, rank: number | 'last'): CalendarDate {
  if (rank === 'last') {
    const last = daysInMonth(year, month)
    const lastWeekday = isoWeekday({ year, month, day: last })
    return { year, month, day: last - ((lastWeekday - weekday + 7) % 7) }
  }
  const firstWeekday = isoWeekday({ year, month, day: 1 })
  return { year, month, day: 1 + ((weekday - firstWeekday + 7) % 7) + (rank - 1) * 7 }
}

const compare = (x: CalendarDate, y: CalendarDate) => formatDate(x).localeCompare(formatDate(y))

/**
 * Start instants of a series, in its zone: the first start's local wall-clock time is kept on
 * every date (09:00 stays 09:00 across a DST change; a time inside a spring-forward gap moves
 * forward by the gap, as everywhere in availability).
 * - weekly / biweekly: every 7 / 14 local days from the first date;
 * - monthly: the same weekday of the month as the first (the 2nd Tuesday; a first on a 5th
 *   weekday recurs on the last one), so a weekly schedule's weekday is kept.
 */
export function seriesStarts(rule: SeriesRule): number[] {
  const first = localDateOf(rule.firstStart, rule.timeZone)
  const minutes = Math.round((rule.firstStart - instantOf(first, 0, rule.timeZone)) / minute)
  const until = parseDate(rule.until)
  const dates: CalendarDate[] = []
  if (rule.frequency === 'monthly') {
    const { weekday, rank } = weekdayOfMonth(first)
    for (let offset = 0; ; offset += 1) {
      const month0 = first.month - 1 + offset
      const date = nthWeekday(first.year + Math.floor(month0 / 12), (month0 % 12) + 1, weekday, rank)
      if (compare(date, until) > 0) break
      dates.push(date)
    }
  } else {
    const step = rule.frequency === 'weekly' ? 7 : 14
    for (let date = first; compare(date, until) <= 0; date = addDays(date, step)) dates.push(date)
  }
  // The wall-clock minutes are read as a local time on each date, not added as elapsed time (which DST would shift).
  return dates.map((date) => instantOf(date, minutes, rule.timeZone))
}

export interface Occurrence {
  start: number
  end: number
  blockedFrom: number
  blockedUntil: number
}

/**
 * Why an occurrence cannot be placed, or null when it can: its service time must lie inside one
 * working span of its local date (a date closed by an override says `closed`, other dates
 * `outsideHours`), and its buffered range must meet no busy interval (`conflict`). Notice and
 * window do not apply: staff plan a season ahead.
 */
export function skipReasonOf(
  schedule: StaffSchedule,
  occurrence: Occurrence,
  timeZone: string,
  busy: readonly BusyInterval[],
): SkipReason | null {
  const date = localDateOf(occurrence.start, timeZone)
  const day = formatDate(date)
  const inside = workingSpansOf(day, schedule.weeklyHours, schedule.overrides).some(
    (span) =>
      instantOf(date, span.start, timeZone) <= occurrence.start &&
      occurrence.end <= instantOf(date, span.end, timeZone),
  )
  if (!inside) {
    const closedThatDay = schedule.overrides.some((override) => override.date === day && override.kind === 'closed')
    return closedThatDay ? 'closed' : 'outsideHours'
  }
  const meets = busy.some(
    (interval) => interval.from < occurrence.blockedUntil && occurrence.blockedFrom < interval.until,
  )
  return meets ? 'conflict' : null
}
