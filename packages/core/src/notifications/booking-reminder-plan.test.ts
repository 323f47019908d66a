import { describe, expect, it } from 'vitest'
import { planReminders, reminderStillDue } from './booking-reminder-plan'

const hour = 3_600_000
const start = new Date('2026-12-10T15:00:00.000Z')
const leads = { firstLeadHours: 24, secondLeadHours: 1 }
const before = (ms: number) => new Date(start.getTime() - ms)

describe('planReminders', () => {
  it('plans the day-before and the hour-before reminders of a booking made days ahead', () => {
    const plan = planReminders({ start, leads, eventAt: before(72 * hour), now: before(72 * hour) })
    expect(plan.map(({ slot, sendAt, action }) => ({ slot, sendAt, action }))).toEqual([
      { slot: 'first', sendAt: '2026-12-09T15:00:00.000Z', action: 'wait' },
      { slot: 'second', sendAt: '2026-12-10T14:00:00.000Z', action: 'wait' },
    ])
  })

  it('plans only the hour-before reminder of a booking made 3 hours ahead', () => {
    const plan = planReminders({ start, leads, eventAt: before(3 * hour), now: before(3 * hour) })
    expect(plan.map((reminder) => reminder.slot)).toEqual(['second'])
  })

  it('plans nothing for a booking made 30 minutes ahead', () => {
    expect(planReminders({ start, leads, eventAt: before(hour / 2), now: before(hour / 2) })).toEqual([])
  })

  it('marks a reminder too late when the event reached the workflow after its last moment', () => {
    // Booked 25 h ahead, but the relay delivered the event 2 h later: the "tomorrow" reminder is gone.
    const plan = planReminders({ start, leads, eventAt: before(25 * hour), now: before(23 * hour) })
    expect(plan.map(({ slot, action }) => ({ slot, action }))).toEqual([
      { slot: 'first', action: 'too_late' },
      { slot: 'second', action: 'wait' },
    ])
  })

  it('still sends a reminder the engine reaches a few minutes late, never after 15 minutes or the start', () => {
    const [first] = planReminders({ start, leads, eventAt: before(48 * hour), now: before(24 * hour - 5 * 60_000) })
    expect(first?.action).toBe('wait')
    expect(first?.notAfter).toBe('2026-12-09T15:15:00.000Z')
    expect(reminderStillDue({ notAfter: first?.notAfter ?? '' }, before(24 * hour - 16 * 60_000))).toBe(false)
    const [, second] = planReminders({
      start,
      leads: { firstLeadHours: 24, secondLeadHours: 1 },
      eventAt: before(48 * hour),
      now: before(48 * hour),
    })
    expect(second?.notAfter).toBe('2026-12-10T14:15:00.000Z')
  })

  it('follows the business’s lead times, and a second reminder set to 0 is none', () => {
    const plan = planReminders({
      start,
      leads: { firstLeadHours: 48, secondLeadHours: 0 },
      eventAt: before(72 * hour),
      now: before(72 * hour),
    })
    expect(plan.map(({ slot, sendAt }) => ({ slot, sendAt }))).toEqual([
      { slot: 'first', sendAt: '2026-12-08T15:00:00.000Z' },
    ])
  })
})
