import { TZDate } from '@date-fns/tz'

const minute = 60_000
const day = 24 * 60 * minute

/** Minutes east of UTC that `timeZone`'s wall clock shows at `instant` (-300 in a Toronto winter). */
export const offsetAt = (instant: number, timeZone: string): number => -new TZDate(instant, timeZone).getTimezoneOffset()

interface Transition {
  /** The first instant on the new offset. */
  at: number
  from: number
  to: number
}

/**
 * The instants where `timeZone` changes offset in [from, to), found from the runtime's tz data
 * (Intl, through @date-fns/tz): a day-by-day scan, then a search to the minute inside the day that
 * changed. Offsets change at most a few times a year and never twice in a day, and every real
 * transition falls on a whole minute.
 */
export function offsetTransitions(timeZone: string, from: number, to: number): Transition[] {
  const found: Transition[] = []
  let before = from
  let offset = offsetAt(from, timeZone)
  while (before < to) {
    const after = Math.min(before + day, to)
    const next = offsetAt(after, timeZone)
    if (next !== offset) {
      let low = before
      let high = after
      while (high - low > minute) {
        const middle = low + Math.floor((high - low) / 2 / minute) * minute
        if (offsetAt(middle, timeZone) === offset) low = middle
        else high = middle
      }
      found.push({ at: high, from: offset, to: next })
      offset = next
    }
    before = after
  }
  return found
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** "-0500", "+0530": an offset in minutes as RFC 5545's UTC-OFFSET. */
const utcOffset = (minutes: number) => {
  const size = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}${pad(size % 60)}`
}

/** The wall-clock time of `instant` on a clock set `offset` minutes east of UTC, as a local DATE-TIME. */
const localDateTime = (instant: number, offset: number) => {
  const wall = new Date(instant + offset * minute)
  return (
    `${pad(wall.getUTCFullYear(), 4)}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`
  )
}

/** "EST", "EDT" where the runtime knows an abbreviation, "GMT+1" otherwise. */
const zoneName = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? 'UTC'

const observance = (kind: 'STANDARD' | 'DAYLIGHT', onset: number, from: number, to: number, name: string) =>
  [
    `BEGIN:${kind}`,
    `DTSTART:${localDateTime(onset, from)}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `TZNAME:${name}`,
    `END:${kind}`,
  ]

/**
 * A VTIMEZONE block (RFC 5545 §3.6.5) for `timeZone` that is exact from January 1 of `firstYear`
 * to the end of `lastYear`: the offset in force on that first day, then one observance per real
 * transition (no RRULE, so a zone whose rules changed over the years is still described as it was).
 * Without it a `TZID=` time is unresolvable and parsers read it as floating (the reader's clock).
 */
export function vtimezone(timeZone: string, firstYear: number, lastYear: number): string {
  const key = `${timeZone} ${firstYear} ${lastYear}`
  const known = written.get(key)
  if (known !== undefined) return known
  const block = describeZone(timeZone, firstYear, lastYear)
  // The runtime's tz data does not change while it runs: a feed asked every few minutes scans once.
  if (written.size >= 64) written.clear()
  written.set(key, block)
  return block
}

const written = new Map<string, string>()

function describeZone(timeZone: string, firstYear: number, lastYear: number): string {
  const from = Date.UTC(firstYear, 0, 1)
  const to = Date.UTC(lastYear + 1, 0, 1)
  const initial = offsetAt(from, timeZone)
  const transitions = offsetTransitions(timeZone, from, to)
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    // Summer on January 1 (south of the equator) when the first change goes back to a smaller offset.
    ...observance(
      (transitions[0]?.to ?? initial) < initial ? 'DAYLIGHT' : 'STANDARD',
      from,
      initial,
      initial,
      zoneName(from, timeZone),
    ),
    ...transitions.flatMap((change) =>
      observance(
        change.to > change.from ? 'DAYLIGHT' : 'STANDARD',
        change.at,
        change.from,
        change.to,
        zoneName(change.at, timeZone),
      ),
    ),
    'END:VTIMEZONE',
  ]
  return `${lines.join('\r\n')}\r\n`
}
