import { TZDate } from '@date-fns/tz'

/**
 * Calendar dates ("YYYY-MM-DD", a business's local day) and their arithmetic, shared by the slot
 * function, the calendar feed and the staff calendar in the browser: one definition of what the
 * next day or a weekday is. Only @date-fns/tz: the browser imports this module
 * (`@portail/core/calendar-date`), so nothing here may reach the database.
 */

export interface CalendarDate {
  year: number
  month: number
  day: number
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

export function parseDate(date: string): CalendarDate {
  const match = datePattern.exec(date)
  if (!match) throw new Error(`not a date: ${date}`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export const formatDate = ({ year, month, day }: CalendarDate) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date: calendar arithmetic, no zone involved. */
export function isoWeekday({ year, month, day }: CalendarDate): number {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** The date `days` later (or earlier): calendar arithmetic, no zone involved. */
export function addDays({ year, month, day }: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(year, month - 1, day + days))
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The local calendar date of an instant (milliseconds) in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): CalendarDate {
  const local = new TZDate(instant, timeZone)
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }
}

/**
 * The instant of a wall-clock time (minutes since local midnight) of `date` in `timeZone`, through
 * the tz database: a time inside a spring-forward gap moves forward by the gap (02:30 -> 03:30 in
 * Toronto), an ambiguous one (fall back) is its first occurrence.
 */
export function zonedInstantOf(date: CalendarDate, minutes: number, timeZone: string): number {
  return new TZDate(date.year, date.month - 1, date.day, Math.floor(minutes / 60), minutes % 60, 0, timeZone).getTime()
}
