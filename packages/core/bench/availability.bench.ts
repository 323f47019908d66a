import { cpus } from 'node:os'
import { availableDays, slotsForDay } from '../src/availability'
import type { BusyInterval, SlotRules, StaffSchedule } from '../src/availability'

/*
 * Issue 5, benchmarks (`pnpm --filter @portail/core bench`):
 * - slots of one staff member over a month (target <= 5 ms), with its ratio to a plain sorted
 *   sweep over the same data measured in the same run: sort the busy intervals, step through the
 *   working intervals (given as UTC instants: no time zone, no rules), keep the starts no busy
 *   interval meets. The floor any slot function pays;
 * - available days of a business with 10 staff over a month (target <= 50 ms).
 * Rounds alternate subject and baseline so machine load hits both; medians of the rounds.
 */

const minute = 60_000
const month = '2026-03' // holds the spring-forward day in Toronto
const weekly = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, startTime: '08:00', endTime: '12:00' },
  { weekday, startTime: '13:00', endTime: '17:00' },
])

/** Three one-hour bookings a working day, with 15-minute buffers. */
function busyOf(seed: number): BusyInterval[] {
  const busy: BusyInterval[] = []
  for (let day = 1; day <= 31; day++) {
    for (const hour of [9, 13 + (seed % 2), 15]) {
      const start = Date.UTC(2026, 2, day, hour + 4, 0)
      busy.push({ from: start - 15 * minute, until: start + 75 * minute })
    }
  }
  return busy
}

const staff = (i: number): StaffSchedule => ({
  staffId: `staff-${i}`,
  weeklyHours: weekly,
  overrides: [],
  busy: busyOf(i),
})
const rules: SlotRules = {
  timeZone: 'America/Toronto',
  durationMinutes: 60,
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 15,
  slotIntervalMinutes: 15,
  minNoticeMinutes: 0,
  maxAdvanceDays: 365,
  now: Date.UTC(2026, 1, 1),
}
const days = Array.from({ length: 31 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)
const one = staff(0)
const team = Array.from({ length: 10 }, (_, i) => staff(i))

// The same working intervals, as UTC instants (from the slot function itself, so the data match).
const working: { from: number; until: number }[] = []
for (const date of days) {
  const starts = slotsForDay([{ ...one, busy: [] }], rules, date).map((slot) => Date.parse(slot.start))
  let runStart = starts[0]
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0
    const next = starts[i + 1]
    if (next === undefined || next !== start + rules.slotIntervalMinutes * minute) {
      working.push({ from: runStart ?? start, until: start + rules.durationMinutes * minute })
      runStart = next
    }
  }
}

function plainSweep(): number {
  const busy = [...one.busy].sort((x, y) => x.from - y.from)
  const step = rules.slotIntervalMinutes * minute
  const duration = rules.durationMinutes * minute
  let free = 0
  let next = 0
  for (const interval of working) {
    for (let start = interval.from; start + duration <= interval.until; start += step) {
      const from = start - rules.bufferBeforeMinutes * minute
      const until = start + duration + rules.bufferAfterMinutes * minute
      while (next < busy.length && (busy[next]?.until ?? 0) <= from) next += 1
      const blocking = busy[next]
      if (!blocking || blocking.from >= until) free += 1
    }
  }
  return free
}

let monthSlots = 0
const slotsOfMonth = () => {
  monthSlots = 0
  for (const date of days) monthSlots += slotsForDay([one], rules, date).length
}
if (plainSweep() !== (slotsOfMonth(), monthSlots)) throw new Error('the sweep and the slot function disagree')

/** Milliseconds per call: `calls` calls back to back, wall clock. */
function timeOf(run: () => unknown, calls: number): number {
  const started = performance.now()
  for (let i = 0; i < calls; i++) run()
  return (performance.now() - started) / calls
}
const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const ROUNDS = 15
const runs = { slots: [] as number[], sweep: [] as number[], days: [] as number[] }
for (let warm = 0; warm < 50; warm++) {
  slotsOfMonth()
  plainSweep()
  availableDays(team, rules, month)
}
for (let round = 0; round < ROUNDS; round++) {
  runs.slots.push(timeOf(slotsOfMonth, 40))
  runs.sweep.push(timeOf(plainSweep, 2000))
  runs.days.push(timeOf(() => availableDays(team, rules, month), 40))
}

const ms = (value: number) => `${value.toFixed(value < 0.1 ? 4 : 2)} ms`
const verdict = (value: number, target: number) => `target <= ${target} ms: ${value <= target ? 'met' : 'NOT met'}`
const slots = median(runs.slots)
const sweep = median(runs.sweep)
const daysTime = median(runs.days)
console.log(
  `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}; medians of ${ROUNDS} interleaved rounds`,
)
console.log(`plain sorted sweep, same working and busy intervals (floor): ${ms(sweep)} (${monthSlots} free starts)`)
console.log(
  `slots of one staff member, 31 days: ${ms(slots)} (${verdict(slots, 5)}); ratio to the plain sweep ${(slots / sweep).toFixed(0)}x`,
)
console.log(`available days of a business with 10 staff, a month: ${ms(daysTime)} (${verdict(daysTime, 50)})`)
