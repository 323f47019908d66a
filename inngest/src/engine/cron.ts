/**
 * Five-field cron expressions in UTC (minute hour day-of-month month day-of-week) with `*`, lists,
 * ranges and steps: what our cron functions use. Inngest also takes a `TZ=` prefix and names
 * (MON, JAN); the embedded engine refuses them when functions are registered.
 */
export interface CronSchedule {
  readonly expression: string
  next(after: Date): Date
}

const fieldBounds: readonly (readonly [number, number])[] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
]

const parseField = (expression: string, text: string, [min, max]: readonly [number, number]): Set<number> => {
  const values = new Set<number>()
  for (const part of text.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part)
    if (!match) throw new Error(`cron ${JSON.stringify(expression)}: cannot read ${JSON.stringify(part)}`)
    const from = match[1] === '*' ? min : Number(match[2])
    const to = match[1] === '*' ? max : match[3] === undefined ? (match[4] ? max : from) : Number(match[3])
    const step = match[4] === undefined ? 1 : Number(match[4])
    if (from < min || to > max || from > to || step < 1) {
      throw new Error(`cron ${JSON.stringify(expression)}: ${JSON.stringify(part)} is out of ${min}-${max}`)
    }
    for (let value = from; value <= to; value += step) values.add(value)
  }
  return values
}

export function parseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 5) throw new Error(`cron ${JSON.stringify(expression)}: five fields expected (UTC, no TZ= prefix)`)
  const [minutes, hours, days, months, weekdays] = fields.map((field, index) =>
    parseField(expression, field, fieldBounds[index] ?? [0, 59]),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>]
  if (weekdays.has(7)) weekdays.add(0)
  const anyDay = fields[2] === '*'
  const anyWeekday = fields[4] === '*'
  // Standard cron: when both day fields are restricted, either one matching is enough.
  const dayMatches = (date: Date) => {
    const byDay = days.has(date.getUTCDate())
    const byWeekday = weekdays.has(date.getUTCDay())
    if (anyDay && anyWeekday) return true
    if (anyDay) return byWeekday
    if (anyWeekday) return byDay
    return byDay || byWeekday
  }
  return {
    expression,
    next(after) {
      const at = new Date(after.getTime())
      at.setUTCSeconds(0, 0)
      at.setUTCMinutes(at.getUTCMinutes() + 1)
      // At most eight years of days: enough for any satisfiable expression (29 February included).
      for (let guard = 0; guard < 366 * 8 * 24 * 60; guard++) {
        if (!months.has(at.getUTCMonth() + 1) || !dayMatches(at)) {
          at.setUTCDate(at.getUTCDate() + 1)
          at.setUTCHours(0, 0, 0, 0)
          continue
        }
        if (!hours.has(at.getUTCHours())) {
          at.setUTCHours(at.getUTCHours() + 1, 0, 0, 0)
          continue
        }
        if (!minutes.has(at.getUTCMinutes())) {
          at.setUTCMinutes(at.getUTCMinutes() + 1, 0, 0)
          continue
        }
        return at
      }
      throw new Error(`cron ${JSON.stringify(expression)} never fires`)
    },
  }
}
