/** The night a business keeps free of SMS and push, in its own time zone ('HH:MM', 24 h clock). */
export interface QuietHours {
  start: string
  end: string
}

/** Contract 13: 21:00 to 08:00 unless the business sets its own. */
export const defaultQuietHours: QuietHours = { start: '21:00', end: '08:00' }

const minute = 60_000
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/

/** 'HH:MM' to minutes since midnight; null for anything else (a hand-edited setting). */
export function minutesOfDay(time: string): number | null {
  const match = timePattern.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** The UTC offset of `timeZone` at `instant`, in minutes (Intl's "GMT-05:00"). */
function offsetMinutes(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value
  const match = name ? /GMT([+-])(\d{2}):(\d{2})/.exec(name) : null
  if (!match) return 0
  const sign = match[1] === '-' ? -1 : 1
  return sign * (Number(match[2]) * 60 + Number(match[3]))
}

/**
 * When the quiet hours that hold `now` end, or null when `now` is outside them. The window may
 * cross midnight (21:00-08:00); a window that starts when it ends is no window. The end is found on
 * the local wall clock, then read back with the offset in force at that instant, so a night that
 * crosses a daylight-saving change still ends at 08:00 local time.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours, timeZone: string): Date | null {
  const start = minutesOfDay(quiet.start)
  const end = minutesOfDay(quiet.end)
  if (start === null || end === null || start === end) return null
  const instant = now.getTime()
  const offset = offsetMinutes(instant, timeZone)
  const wall = instant + offset * minute
  const wallMinute = Math.floor(wall / minute)
  const local = ((wallMinute % 1440) + 1440) % 1440
  const inside = start < end ? local >= start && local < end : local >= start || local < end
  if (!inside) return null
  const endWall = (wallMinute + ((end - local + 1440) % 1440)) * minute
  const endOffset = offsetMinutes(endWall - offset * minute, timeZone)
  return new Date(endWall - endOffset * minute)
}
