import { futureConfirmedBookings } from '@portail/core/booking-workflow'
import { catalogEvent, inngest } from '../../client'
import { bookingWorkflowDeps } from './booking-deps'
import { remindersReplanEvent } from './reminders-replan-event'

/** Events per sendEvent step (the embedded engine takes at most 1,000 per call, Inngest 5,000). */
const batchSize = 200

/**
 * A business changed its reminder lead times: each of its future confirmed bookings gets a
 * `booking/reminders-replan`, which starts a `booking-reminders` run planned with the new times.
 * Runs already asleep are left alone: one whose reminder moved closer to the start (or was turned
 * off) sees it when it wakes and leaves it to the new run; one whose reminder moved earlier sends at
 * its old time only if the new run did not send first (same dedupe key). See booking-workflows.md.
 */
export const bookingRemindersReplan = inngest.createFunction(
  { id: 'booking-reminders-replan', triggers: [catalogEvent('booking/reminder-leads-changed')] },
  async ({ event, step }) => {
    const { tenantId } = event.data
    const changedAt = new Date(event.ts ?? Date.now())
    const upcoming = await step.run('list-future-bookings', () =>
      futureConfirmedBookings(bookingWorkflowDeps().database, tenantId, changedAt),
    )
    for (let index = 0; index < upcoming.length; index += batchSize) {
      const batch = upcoming.slice(index, index + batchSize)
      await step.sendEvent(
        `replan-${index / batchSize}`,
        batch.map((booking) =>
          remindersReplanEvent.create(
            { tenantId, ...booking },
            // One re-plan per booking per change, however often this step is replayed.
            { id: `replan:${event.id ?? changedAt.toISOString()}:${booking.bookingId}` },
          ),
        ),
      )
    }
    return { replanned: upcoming.length }
  },
)
