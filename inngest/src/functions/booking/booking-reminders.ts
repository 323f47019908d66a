import {
  bookingDedupeKey,
  bookingStillAsAnnounced,
  loadBookingFacts,
  loadStaffRecipient,
  planReminders,
  type PlannedReminder,
  reminderSuperseded,
} from '@portail/core/booking-workflow'
import { catalogEvent, inngest } from '../../client'
import { bookingWorkflowDeps } from './booking-deps'
import { type BookingGuard, type BookingMessage, type SendResult, sendBookingMessage } from './booking-send'
import { remindersReplanEvent } from './reminders-replan-event'

// A later event about the same booking of the same business stops this run: a cancellation, or
// a reschedule (which starts a run of its own with the new time).
const sameBooking = 'async.data.bookingId == event.data.bookingId && async.data.tenantId == event.data.tenantId'

/**
 * A confirmed booking's messages: the confirmation to the client (with the .ics) and a notice to
 * the staff member, then the reminders at start - first lead and start - second lead (the
 * business's booking rules, 24 h and 1 h by default). A rescheduled booking's: the change (old and
 * new time) to both, then its reminders planned again from the new start. Stopped by a later
 * cancellation or reschedule (cancelOn); every send re-reads the booking first and sends nothing
 * for one cancelled or moved (start or staff member not the event's) in the meantime.
 */
export const bookingReminders = inngest.createFunction(
  {
    id: 'booking-reminders',
    // booking/reminders-replan (the lead times changed): the reminders only, planned with the new times.
    triggers: [catalogEvent('booking/confirmed'), catalogEvent('booking/rescheduled'), remindersReplanEvent],
    cancelOn: [
      { event: 'booking/cancelled', if: sameBooking },
      { event: 'booking/rescheduled', if: sameBooking },
    ],
  },
  async ({ event, step }) => {
    const { tenantId, bookingId, start, staffId } = event.data
    const guard: BookingGuard = (facts) => bookingStillAsAnnounced(facts, { start, staffId })
    const about = { tenantId, bookingId, guard }
    // Only booking/rescheduled carries the previous start.
    const data = event.data
    const move = 'previousStart' in data ? { previousStart: data.previousStart, by: data.by } : null

    const replan = event.name === 'booking/reminders-replan'
    // Moved to another staff member: the new one gets the new-booking notice, the previous one a
    // "no longer yours" (read once, memoised: null when that member is gone).
    const previousStaffId = 'previousStaffId' in data ? data.previousStaffId : staffId
    const reassigned = move !== null && previousStaffId !== staffId
    const previous = reassigned
      ? await step.run('previous-staff', () =>
          loadStaffRecipient(bookingWorkflowDeps().database, tenantId, previousStaffId),
        )
      : null
    const staffNews: BookingMessage[] = reassigned
      ? [
          {
            ...about,
            id: 'assigned-staff',
            audience: 'staff',
            topic: 'bookingCreated',
            template: 'booking-staff-notice',
            dedupeKey: bookingDedupeKey.assigned(bookingId, staffId, start),
            deadline: 'start',
          },
          ...(previous
            ? [
                {
                  ...about,
                  id: 'unassigned-staff',
                  audience: 'staff' as const,
                  topic: 'bookingRescheduled' as const,
                  template: 'booking-unassigned' as const,
                  dedupeKey: bookingDedupeKey.unassigned(bookingId, previousStaffId, start),
                  to: previous,
                  extra: move,
                  deadline: 'start' as const,
                },
              ]
            : []),
        ]
      : [
          {
            ...about,
            id: 'rescheduled-staff',
            audience: 'staff',
            topic: 'bookingRescheduled',
            template: 'booking-rescheduled',
            dedupeKey: bookingDedupeKey.rescheduled(bookingId, 'staff', start),
            extra: move ?? {},
            deadline: 'start',
          },
        ]

    const news: BookingMessage[] = replan
      ? []
      : move === null
        ? [
            {
              ...about,
              id: 'confirm-client',
              audience: 'client',
              topic: 'bookingChanges',
              template: 'booking-confirmed',
              dedupeKey: bookingDedupeKey.confirmed(bookingId, 'client'),
              withIcs: true,
              deadline: 'start',
            },
            {
              ...about,
              id: 'notify-staff',
              audience: 'staff',
              topic: 'bookingCreated',
              template: 'booking-staff-notice',
              dedupeKey: bookingDedupeKey.confirmed(bookingId, 'staff'),
              deadline: 'start',
            },
          ]
        : [
            {
              ...about,
              id: 'rescheduled-client',
              audience: 'client',
              topic: 'bookingChanges',
              template: 'booking-rescheduled',
              dedupeKey: bookingDedupeKey.rescheduled(bookingId, 'client', start),
              extra: move,
              withIcs: true,
              deadline: 'start',
            },
            ...staffNews,
          ]
    const sent: Record<string, SendResult> = {}
    for (const message of news) sent[message.id] = await sendBookingMessage(step, message)

    // The plan reads the lead times and the real time once (memoised): the event's time says when
    // the booking was made, the real time whether a relay that lagged made a reminder too late.
    const plan = await step.run('plan-reminders', async () => {
      const check = guard(await loadBookingFacts(bookingWorkflowDeps().database, tenantId, bookingId))
      if (!check.send) return { skipped: check.reason, reminders: [] as PlannedReminder[] }
      const reminders = planReminders({
        start: new Date(check.facts.start),
        leads: check.facts.leads,
        eventAt: new Date(event.ts ?? Date.now()),
        now: new Date(),
      })
      return { skipped: null, reminders }
    })

    for (const reminder of plan.reminders) {
      // Past its time already (too_late): no sleep, the send step logs it as skipped.
      if (reminder.action === 'wait') await step.sleepUntil(`wait-${reminder.slot}`, reminder.sendAt)
      sent[`remind-${reminder.slot}`] = await sendBookingMessage(step, {
        ...about,
        // Moved closer to the start (or turned off) since this plan: the run planned from the new
        // lead times sends it; this one says nothing (not a skip the recipient needs to see).
        guard: (facts) => {
          const check = guard(facts)
          if (check.send && reminderSuperseded(check.facts.leads, reminder.slot, reminder.leadHours)) {
            return { send: false, reason: 'reminder_replanned', facts: check.facts }
          }
          return check
        },
        id: `remind-${reminder.slot}`,
        audience: 'client',
        topic: 'reminders',
        template: 'booking-reminder',
        dedupeKey: bookingDedupeKey.reminder(bookingId, reminder.slot, start),
        extra: { leadHours: reminder.leadHours },
        deadline: 'start',
        lateAfter: reminder.notAfter,
      })
    }
    return { plan: plan.reminders.map(({ slot, sendAt, action }) => ({ slot, sendAt, action })), sent }
  },
)
