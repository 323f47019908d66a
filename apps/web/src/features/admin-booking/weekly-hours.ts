/** One working span of a day as the editor holds it ("HH:MM" strings from <input type="time">). */
export interface SpanDraft {
  start: string
  end: string
}

/** ISO weekdays, Monday (1) first as in Quebec calendars. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const
export type Weekday = (typeof weekdays)[number]
export type WeekDraft = Record<Weekday, SpanDraft[]>

export type SpanProblem = 'timeInvalid' | 'endBeforeStart' | 'overlap'

const timePattern = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/

/** Minutes since midnight of "HH:MM" (seconds dropped, as Postgres `time` may carry them), or null. */
export function minutesOfTime(text: string): number | null {
  const value = text.slice(0, 5)
  if (!timePattern.test(value)) return null
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))
}

export const emptyWeek = (): WeekDraft => ({ 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] })

/** The saved hours of one member (staff.catalog.get's `hours[memberId]`) as an editable week. */
export function weekDraftOf(hours: readonly { weekday: number; startTime: string; endTime: string }[]): WeekDraft {
  const week = emptyWeek()
  for (const span of hours) {
    const day = weekdays.find((weekday) => weekday === span.weekday)
    if (day) week[day].push({ start: span.startTime.slice(0, 5), end: span.endTime.slice(0, 5) })
  }
  for (const day of weekdays) week[day].sort((a, b) => a.start.localeCompare(b.start))
  return week
}

/**
 * What is wrong with each span of a day, by index (none: empty map): an unreadable time, an end
 * not after its start, or an overlap with another span of the day (back to back is fine). The
 * server checks the same (ZSetWorkingHoursInput); this says it next to the span before sending.
 */
export function dayProblems(spans: readonly SpanDraft[]): Map<number, SpanProblem> {
  const problems = new Map<number, SpanProblem>()
  const read = spans.map((span) => ({ start: minutesOfTime(span.start), end: minutesOfTime(span.end) }))
  read.forEach((span, index) => {
    if (span.start === null || span.end === null) problems.set(index, 'timeInvalid')
    else if (span.end <= span.start) problems.set(index, 'endBeforeStart')
  })
  const readable = read.flatMap((span, index) =>
    problems.has(index) || span.start === null || span.end === null
      ? []
      : [{ index, start: span.start, end: span.end }],
  )
  for (const span of readable) {
    if (readable.some((other) => other.index !== span.index && other.start < span.end && span.start < other.end)) {
      problems.set(span.index, 'overlap')
    }
  }
  return problems
}

export const weekIsValid = (week: WeekDraft) => weekdays.every((day) => dayProblems(week[day]).size === 0)

/** staff.catalog.setHours's `hours` for a checked week. */
export const hoursInputOf = (week: WeekDraft) =>
  weekdays.flatMap((weekday) => week[weekday].map((span) => ({ weekday, startTime: span.start, endTime: span.end })))
