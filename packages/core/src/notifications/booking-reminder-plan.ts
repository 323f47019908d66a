import { msPerHour, msPerMinute } from '@portail/validators'
import type { ReminderLeads } from './booking-reminder-leads'

export type ReminderSlot = 'first' | 'second'

/** One reminder of a booking: when it is due, and the last moment it may still go out. */
export interface PlannedReminder {
  slot: ReminderSlot
  leadHours: number
  /** ISO instants (they cross a workflow's memoised steps as JSON). */
  sendAt: string
  notAfter: string
  /**
   * `wait`: sleep until `sendAt`, then check the clock again; `too_late`: its time went by while
   * the event was on its way (a relay or an engine that lagged), so it is recorded as skipped.
   */
  action: 'wait' | 'too_late'
}

/**
 * How late a reminder may still go out: a quarter of its lead, at most 15 minutes. An engine that
 * wakes a few seconds late still sends; one that was down for an hour does not send a "tomorrow"
 * reminder on the morning of the appointment, nor an "in one hour" one ten minutes before.
 */
export const lateTolerance = (leadHours: number): number => Math.min(15 * msPerMinute, (leadHours * msPerHour) / 4)

/**
 * The reminders of a booking starting at `start`, decided from the booking rules and two clocks:
 * `eventAt`, when the booking was confirmed or moved (the event's time, which does not change when
 * the workflow is replayed), and `now`, the real time read once in a memoised step.
 *
 * - A reminder whose time had already passed when the booking was made is not planned at all
 *   (booked 3 h ahead: the 24 h one makes no sense, only the 1 h one is planned; 30 min ahead: none).
 * - One that was still ahead when the booking was made, but whose last moment went by before the
 *   workflow ran, is `too_late`: never sent, but recorded, so nobody wonders where it went.
 */
export function planReminders(input: {
  start: Date
  leads: ReminderLeads
  eventAt: Date
  now: Date
}): PlannedReminder[] {
  const start = input.start.getTime()
  const slots: [ReminderSlot, number][] = [
    ['first', input.leads.firstLeadHours],
    ['second', input.leads.secondLeadHours],
  ]
  const plan: PlannedReminder[] = []
  for (const [slot, leadHours] of slots) {
    if (leadHours <= 0) continue
    const sendAt = start - leadHours * msPerHour
    if (sendAt <= input.eventAt.getTime()) continue
    if (plan.some((planned) => Date.parse(planned.sendAt) === sendAt)) continue
    const notAfter = Math.min(sendAt + lateTolerance(leadHours), start)
    plan.push({
      slot,
      leadHours,
      sendAt: new Date(sendAt).toISOString(),
      notAfter: new Date(notAfter).toISOString(),
      action: input.now.getTime() > notAfter ? 'too_late' : 'wait',
    })
  }
  return plan
}

/** After the sleep: still time to send, or too late (the engine woke past the reminder's last moment). */
export const reminderStillDue = (reminder: Pick<PlannedReminder, 'notAfter'>, now: Date): boolean =>
  now.getTime() <= Date.parse(reminder.notAfter)
