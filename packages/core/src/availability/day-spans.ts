import { isoWeekday, parseDate } from '../calendar-date'
import { minutesOf } from './local-time'
import type { MinuteSpan, ScheduleOverride, WeeklyHours } from './types'

/** Sorted, non-overlapping union of spans (touching spans merge: 08:00-12:00 + 12:00-13:00). */
export function unionOf(spans: readonly MinuteSpan[]): MinuteSpan[] {
  const sorted = [...spans].filter((span) => span.start < span.end).sort((x, y) => x.start - y.start)
  const merged: MinuteSpan[] = []
  for (const span of sorted) {
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/** `spans` minus `cut`, both sorted and non-overlapping. */
export function subtract(spans: readonly MinuteSpan[], cut: readonly MinuteSpan[]): MinuteSpan[] {
  let result = spans.map((span) => ({ ...span }))
  for (const hole of cut) {
    result = result.flatMap((span) => {
      if (hole.end <= span.start || span.end <= hole.start) return [span]
      const pieces: MinuteSpan[] = []
      if (span.start < hole.start) pieces.push({ start: span.start, end: hole.start })
      if (hole.end < span.end) pieces.push({ start: hole.end, end: span.end })
      return pieces
    })
  }
  return result
}

const spanOf = (startTime: string, endTime: string): MinuteSpan => ({
  start: minutesOf(startTime),
  end: minutesOf(endTime),
})

/**
 * The local working spans of one date: the weekday's hours, plus extra hours, minus closed spans;
 * nothing when the date is closed all day. Extra hours win over the weekly hours, a closure wins
 * over both.
 */
export function workingSpansOf(
  date: string,
  weeklyHours: readonly WeeklyHours[],
  overrides: readonly ScheduleOverride[],
): MinuteSpan[] {
  const weekday = isoWeekday(parseDate(date))
  const today = overrides.filter((override) => override.date === date)
  const closed: MinuteSpan[] = []
  const extra: MinuteSpan[] = []
  for (const override of today) {
    if (override.startTime === null || override.endTime === null) {
      if (override.kind === 'closed') return []
      continue
    }
    ;(override.kind === 'closed' ? closed : extra).push(spanOf(override.startTime, override.endTime))
  }
  const weekly = weeklyHours
    .filter((hours) => hours.weekday === weekday)
    .map((hours) => spanOf(hours.startTime, hours.endTime))
  return subtract(unionOf([...weekly, ...extra]), unionOf(closed))
}
