import { tzOffset } from '@date-fns/tz'
import { type CalendarDate, formatDate, zonedInstantOf } from '../calendar-date'
import { msPerDay as day, msPerMinute as minute } from '@portail/validators'

const pad = (n: number) => String(n).padStart(2, '0')

const timePattern = /^(\d{2}):(\d{2})(?::(\d{2}))?$/

/** "HH:MM[:SS]" (Postgres `time`, "24:00" included) to minutes since midnight. */
export function minutesOf(time: string): number {
  const match = timePattern.exec(time)
  if (!match) throw new Error(`not a time of day: ${time}`)
  const minutes = Number(match[1]) * 60 + Number(match[2])
  if (minutes > 1440) throw new Error(`not a time of day: ${time}`)
  return minutes
}

/**
 * The instant of a local wall-clock time in `timeZone`, through the tz database. A time that does
 * not exist (inside a spring-forward gap) moves forward by the gap (02:30 -> 03:30 in Toronto); an
 * ambiguous one (fall back) is its first occurrence: TZDate's rules, which `tzDateInstantOf` keeps
 * and a property test compares against.
 *
 * Two offset lookups instead of TZDate's several: every instant that reads as this wall time lies
 * within a day of `wall` read as UTC, so when the offsets a day before and a day after agree there
 * is no transition in between (transitions are months apart) and the wall time has exactly one
 * instant.
 */
export function instantOf(date: CalendarDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, Math.floor(minutes / 60), minutes % 60)
  const before = offsetAt(wall - day, timeZone)
  const after = offsetAt(wall + day, timeZone)
  const early = wall - before * minute
  if (before === after) return early
  const late = wall - after * minute
  const earlyReads = offsetAt(early, timeZone) === before
  const lateReads = offsetAt(late, timeZone) === after
  if (earlyReads && lateReads) return Math.min(early, late)
  if (lateReads && !earlyReads) return late
  // Valid only before the change, or in the gap: read with the offset in force before it.
  return early
}

/** The reference implementation `instantOf` must agree with (property-tested). */
export const tzDateInstantOf = zonedInstantOf

export interface LocalLabel {
  localDate: string
  localTime: string
  utcOffsetMinutes: number
}

/** The UTC offset (minutes) of `timeZone` at an instant: one tz database lookup. */
export const offsetAt = (instant: number, timeZone: string) => tzOffset(timeZone, new Date(instant))

/** The local date, time and UTC offset of an instant, given the offset in force at that instant. */
export function labelAt(instant: number, offsetMinutes: number): LocalLabel {
  const local = new Date(instant + offsetMinutes * minute)
  return {
    localDate: formatDate({ year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() }),
    localTime: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    utcOffsetMinutes: offsetMinutes,
  }
}

/** The local date, time and UTC offset of an instant in `timeZone`. */
export const localLabel = (instant: number, timeZone: string): LocalLabel =>
  labelAt(instant, offsetAt(instant, timeZone))

/** Wall-clock arithmetic for one local date in one zone. */
export interface DayClock {
  /** The instant of a wall-clock time (minutes since local midnight) of that date. */
  instantOf(minutes: number): number
  /** The label of an instant within a day of that date. */
  label(instant: number): LocalLabel
}

/**
 * A `DayClock` for `date`. Every instant that reads as a time of that date, or that a slot of it
 * covers, lies within a day of it; when the zone's offset is the same a day before and two days
 * after its midnight read as UTC there is no transition between (transitions are months apart),
 * so one offset serves the whole date: two tz lookups for the date instead of several per slot,
 * which were most of the slot function's time. A date near a change takes each lookup.
 */
export function dayClock(date: CalendarDate, timeZone: string): DayClock {
  const midnight = Date.UTC(date.year, date.month - 1, date.day)
  const offset = offsetAt(midnight - day, timeZone)
  if (offsetAt(midnight + 2 * day, timeZone) !== offset) {
    return {
      instantOf: (minutes) => instantOf(date, minutes, timeZone),
      label: (instant) => localLabel(instant, timeZone),
    }
  }
  return {
    instantOf: (minutes) => midnight + (minutes - offset) * minute,
    label: (instant) => labelAt(instant, offset),
  }
}
