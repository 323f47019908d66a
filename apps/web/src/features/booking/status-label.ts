import type { BookingStatus } from '@portail/core/booking-status'
import type { Translator } from '~/i18n/translator'

// A booking's status in words, for both audiences that see it, in one place: a status added to the
// database enum stops both switches compiling until it has its words. The wording differs on
// purpose: a client reads what to do ("Payment required"), the team what it waits for
// ("Awaiting payment").

/** The status as the client reads it (portal dashboard and "My appointments"). */
export function statusLabel(t: Translator<'booking'>, status: BookingStatus): string {
  switch (status) {
    case 'pending_payment':
      return t('statusPendingPayment')
    case 'confirmed':
      return t('statusConfirmed')
    case 'cancelled':
      return t('statusCancelled')
    case 'completed':
      return t('statusCompleted')
    case 'no_show':
      return t('statusNoShow')
  }
}

/** The status as the team reads it (the admin calendar and a booking's detail). */
export function staffStatusLabel(staff: Translator<'adminCalendar'>, status: BookingStatus): string {
  switch (status) {
    case 'pending_payment':
      return staff('statusPendingPayment')
    case 'confirmed':
      return staff('statusConfirmed')
    case 'cancelled':
      return staff('statusCancelled')
    case 'completed':
      return staff('statusCompleted')
    case 'no_show':
      return staff('statusNoShow')
  }
}
