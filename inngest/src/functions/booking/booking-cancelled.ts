import { bookingDedupeKey } from '@portail/core/booking-workflow'
import { catalogEvent, inngest } from '../../client'
import { bookingInStatus, type BookingMessage, type SendResult, sendBookingMessage } from './booking-send'

/**
 * A cancelled booking's messages. An unpaid hold that ran out (cancelled by 'system') tells the
 * client the time was released, with a link to book again; any other cancellation tells the
 * client and the staff member, with who cancelled and the fee owed, if any. Nothing is sent when
 * the booking, read again, is not cancelled. The reminders of the booking stop on their own
 * (booking-reminders is cancelled by this event).
 */
export const bookingCancelled = inngest.createFunction(
  { id: 'booking-cancelled', triggers: [catalogEvent('booking/cancelled')] },
  async ({ event, step }) => {
    const { tenantId, bookingId, by, feeCents } = event.data
    const about = { tenantId, bookingId, guard: bookingInStatus('cancelled'), deadline: null }
    const messages: BookingMessage[] =
      by === 'system'
        ? [
            {
              ...about,
              id: 'hold-expired-client',
              audience: 'client',
              topic: 'bookingChanges',
              template: 'booking-hold-expired',
              dedupeKey: bookingDedupeKey.holdExpired(bookingId),
              extra: { by },
              link: 'book-again',
            },
          ]
        : [
            {
              ...about,
              id: 'cancelled-client',
              audience: 'client',
              topic: 'bookingChanges',
              template: 'booking-cancelled',
              dedupeKey: bookingDedupeKey.cancelled(bookingId, 'client'),
              extra: { by, feeCents },
            },
            {
              ...about,
              id: 'cancelled-staff',
              audience: 'staff',
              topic: 'bookingCancelled',
              template: 'booking-cancelled',
              dedupeKey: bookingDedupeKey.cancelled(bookingId, 'staff'),
              extra: { by, feeCents },
            },
          ]
    const sent: Record<string, SendResult> = {}
    for (const message of messages) sent[message.id] = await sendBookingMessage(step, message)
    return { sent }
  },
)
