import { eventType } from 'inngest'
import { z } from 'zod'

/**
 * `booking/reminders-replan`: plan one booking's reminders again with the business's current lead
 * times. Not a domain event (nothing outside the workflows emits it): `booking-reminders-replan`
 * sends one per future confirmed booking when a business changes its lead times, and
 * `booking-reminders` runs the reminders (and only them) of that booking from it.
 */
export const remindersReplanEvent = eventType('booking/reminders-replan', {
  schema: z.strictObject({
    tenantId: z.uuid(),
    bookingId: z.uuid(),
    clientId: z.uuid(),
    staffId: z.uuid(),
    start: z.iso.datetime(),
  }),
})
