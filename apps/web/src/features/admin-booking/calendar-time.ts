import { TZDate } from '@date-fns/tz'
import {
  addDays as addCalendarDays,
  formatDate,
  isoWeekday,
  localDateOf as localCalendarDateOf,
  parseDate,
  zonedInstantOf,
} from '@portail/core/calendar-date'

/**
 * Calendar arithmetic on the business's clock, for the staff calendar's grid. Days are local dates
 * ("YYYY-MM-DD"); instants are ISO strings (the API's). The date math itself is the server's
 * (@portail/core/calendar-date), so the grid and the slot function agree on every day. Every
 * conversion goes through the tz database (@date-fns/tz), so a spring-forward day is 23 hours long
 * and a fall-back day 25, as they are on the wall.
 */

/** The date `days` later (or earlier): calendar arithmetic, no zone involved. */
export const addDays = (date: string, days: number): string => formatDate(addCalendarDays(parseDate(date), days))

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string): number => isoWeekday(parseDate(date))

/** The Monday of the week holding `date`. */
export const weekStartOf = (date: string) => addDays(date, 1 - weekdayOf(date))

/** The local date of an instant in `timeZone`. */
export const localDateOf = (instant: string | number | Date, timeZone: string): string =>
  formatDate(localCalendarDateOf(new Date(instant).getTime(), timeZone))

/** Minutes since local midnight of an instant in `timeZone` (what the wall clock shows). */
export function localMinutesOf(instant: string | number | Date, timeZone: string): number {
  const local = new TZDate(new Date(instant).getTime(), timeZone)
  return local.getHours() * 60 + local.getMinutes()
}

/**
 * The instant of a local date and wall-clock time ("HH:MM") in `timeZone`. A time inside a
 * spring-forward gap moves forward by the gap; an ambiguous one is its first occurrence.
 */
export function instantOf(date: string, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return new Date(zonedInstantOf(parseDate(date), hours * 60 + minutes, timeZone))
}

/** From local midnight of `first` to local midnight after `days` days, as the API's ISO instants. */
export function rangeOf(first: string, days: number, timeZone: string): { from: string; to: string } {
  return {
    from: instantOf(first, '00:00', timeZone).toISOString(),
    to: instantOf(addDays(first, days), '00:00', timeZone).toISOString(),
  }
}

/** Today's local date in `timeZone`. */
export const todayIn = (timeZone: string, now: Date = new Date()) => localDateOf(now, timeZone)

export interface Placed<T> {
  item: T
  /** Minutes from the top of the visible grid. */
  top: number
  /** Visible length in minutes (at least 15, so a short booking stays clickable). */
  height: number
}

/**
 * Where each booking of one local day sits on a grid that starts at `gridStart` minutes after
 * midnight and ends at `gridEnd`: by its wall-clock start and end, clipped to the day and the grid.
 */
export function placeOnDay<T extends { start: string; end: string }>(
  items: readonly T[],
  date: string,
  timeZone: string,
  gridStart: number,
  gridEnd: number,
): Placed<T>[] {
  const dayStart = instantOf(date, '00:00', timeZone).getTime()
  const dayEnd = instantOf(addDays(date, 1), '00:00', timeZone).getTime()
  return items.flatMap((item) => {
    const start = new Date(item.start).getTime()
    const end = new Date(item.end).getTime()
    if (end <= dayStart || start >= dayEnd) return []
    const from = start <= dayStart ? 0 : localMinutesOf(start, timeZone)
    const until = end >= dayEnd ? 24 * 60 : localMinutesOf(end, timeZone) || 24 * 60
    const top = Math.max(from, gridStart) - gridStart
    const bottom = Math.min(Math.max(until, from + 15), gridEnd) - gridStart
    return bottom > top ? [{ item, top, height: Math.max(bottom - top, 15) }] : []
  })
}

/**
 * The hours the grid shows: `defaultStart`-`defaultEnd` (minutes), widened to whole hours to
 * hold every booking of the days shown.
 */
export function gridHours(
  items: readonly { start: string; end: string }[],
  dates: readonly string[],
  timeZone: string,
  defaultStart = 7 * 60,
  defaultEnd = 19 * 60,
): { start: number; end: number } {
  let start = defaultStart
  let end = defaultEnd
  for (const item of items) {
    if (!dates.includes(localDateOf(item.start, timeZone))) continue
    start = Math.min(start, Math.floor(localMinutesOf(item.start, timeZone) / 60) * 60)
    const endDate = localDateOf(item.end, timeZone)
    const endMinutes = dates.includes(endDate) ? localMinutesOf(item.end, timeZone) : 24 * 60
    end = Math.max(end, Math.ceil((endMinutes || 24 * 60) / 60) * 60)
  }
  return { start, end }
}

export interface Laned<T> extends Placed<T> {
  /** Which side-by-side lane the booking takes, and how many lanes its overlapping group needs. */
  lane: number
  lanes: number
}

/**
 * Side-by-side lanes for bookings that overlap on the grid (a cancelled booking and the one that
 * took its time, or several members in one week column): each group of overlapping bookings
 * shares the width, each booking in the first lane free at its start.
 */
export function withLanes<T>(placed: readonly Placed<T>[]): Laned<T>[] {
  const sorted = [...placed].sort((a, b) => a.top - b.top || b.height - a.height)
  const result: Laned<T>[] = []
  let group: Laned<T>[] = []
  let laneEnds: number[] = []
  let groupEnd = -1
  const close = () => {
    for (const item of group) item.lanes = laneEnds.length
    result.push(...group)
    group = []
    laneEnds = []
  }
  for (const item of sorted) {
    if (item.top >= groupEnd) close()
    groupEnd = Math.max(groupEnd, item.top + item.height)
    let lane = laneEnds.findIndex((end) => end <= item.top)
    if (lane === -1) lane = laneEnds.push(0) - 1
    laneEnds[lane] = item.top + item.height
    group.push({ ...item, lane, lanes: 1 })
  }
  close()
  return result
}
