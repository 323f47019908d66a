import type { Translator } from '~/i18n/translator'
import type { MyBooking } from './booking-types'

export function statusLabel(t: Translator<'booking'>, status: MyBooking['status']): string {
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
