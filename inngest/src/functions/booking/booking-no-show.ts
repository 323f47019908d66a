import { bookingDedupeKey } from '@portail/core/booking-workflow'
import { catalogEvent, inngest } from '../../client'
import { bookingInStatus, sendBookingMessage } from './booking-send'

/**
 * Staff recorded that the client did not come: the client is told (in their language, with the
 * booking's page). Nothing is sent when the booking, read again, is not a no-show any more.
 */
export const bookingNoShow = inngest.createFunction(
  { id: 'booking-no-show', triggers: [catalogEvent('booking/no-show')] },
  async ({ event, step }) => {
    const { tenantId, bookingId } = event.data
    const sent = await sendBookingMessage(step, {
      id: 'no-show-client',
      tenantId,
      bookingId,
      guard: bookingInStatus('no_show'),
      audience: 'client',
      topic: 'bookingChanges',
      template: 'booking-no-show',
      dedupeKey: bookingDedupeKey.noShow(bookingId),
      deadline: null,
    })
    return { sent }
  },
)
