import type { BookingStatus } from '@portail/core/booking-status'
import type { Translator } from '~/i18n/translator'

/** Light backgrounds with dark text of the same hue (AA contrast), plus a stronger left edge. */
export const statusClass: Record<BookingStatus, string> = {
  pending_payment: 'border-l-amber-600 bg-amber-50 text-amber-950',
  confirmed: 'border-l-sky-700 bg-sky-50 text-sky-950',
  cancelled: 'border-l-zinc-500 bg-zinc-100 text-zinc-800 line-through decoration-zinc-500',
  completed: 'border-l-emerald-700 bg-emerald-50 text-emerald-950',
  no_show: 'border-l-rose-700 bg-rose-50 text-rose-950',
}

/** A line of a booking's history (an audit action) in words; an action this screen does not know reads as a change. */
export function historyActionText(t: Translator<'adminCalendar'>, action: string): string {
  switch (action) {
    case 'booking.created':
      return t('historyCreated')
    case 'booking.confirmed':
      return t('historyConfirmed')
    case 'booking.rescheduled':
      return t('historyRescheduled')
    case 'booking.moved':
      return t('historyMoved')
    case 'booking.cancelled':
      return t('historyCancelled')
    case 'booking.completed':
      return t('historyCompleted')
    case 'booking.no_show':
      return t('historyNoShow')
    case 'booking.hold_expired':
      return t('historyExpired')
    default:
      return t('historyChanged')
  }
}
