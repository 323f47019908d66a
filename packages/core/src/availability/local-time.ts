import { TZDate } from '@date-fns/tz'

const timePattern = /^(\d{2}):(\d{2})(?::(\d{2}))?$/
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** "HH:MM[:SS]" (Postgres `time`, "24:00" included) to minutes since midnight. */
export function minutesOf(time: string): number {
  const match = timePattern.exec(time)
  if (!match) throw new Error(`not a time of day: ${time}`)
  const minutes = Number(match[1]) * 60 + Number(match[2])
  if (minutes > 1440) throw new Error(`not a time of day: ${time}`)
  return minutes
}

export interface CalendarDate {
  year: number
  month: number
  day: number
}

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

export function addDays({ year, month, day }: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(year, month - 1, day + days))
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * The instant of a local wall-clock time in `timeZone`, through the tz database. A time that does
 * not exist (inside a spring-forward gap) moves forward by the gap (02:30 -> 03:30 in Toronto); an
 * ambiguous one (fall back) is its first occurrence.
 */
export function instantOf(date: CalendarDate, minutes: number, timeZone: string): number {
  return new TZDate(date.year, date.month - 1, date.day, Math.floor(minutes / 60), minutes % 60, 0, timeZone).getTime()
}

export interface LocalLabel {
  localDate: string
  localTime: string
  utcOffsetMinutes: number
}

/** The local date, time and UTC offset of an instant in `timeZone`. */
export function localLabel(instant: number, timeZone: string): LocalLabel {
  const local = new TZDate(instant, timeZone)
  return {
    localDate: formatDate({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }),
    localTime: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
    utcOffsetMinutes: -local.getTimezoneOffset(),
  }
}

/** The local calendar date of an instant in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): CalendarDate {
  const local = new TZDate(instant, timeZone)
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() }
}
