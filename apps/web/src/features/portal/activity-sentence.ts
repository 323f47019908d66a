import type { Locale } from '@portail/i18n'
import type { Translator } from '~/i18n/translator'

/** What the sentence needs of one activity entry (the API's ActivityEntry). */
export interface ActivityFacts {
  action: string
  byYou: boolean
  appointment: { serviceNameFr: string; serviceNameEn: string; start: Date | null } | null
}

export interface ActivityWording {
  business: string
  locale: Locale
  /** The appointment's time on the business's clock, in the reader's language. */
  when: (at: Date) => string
}

/**
 * One entry of the client's activity as a sentence: each action its own, saying who acted and,
 * for an appointment, which service and when ("You booked Pool opening for …"). An action with no
 * sentence of its own (one about the business rather than the client) stays a plain "changed".
 */
export function activitySentence(t: Translator<'portalActivity'>, entry: ActivityFacts, wording: ActivityWording) {
  const { business } = wording
  const appointment = entry.appointment
  const named = appointment
    ? (wording.locale === 'fr' ? appointment.serviceNameFr : appointment.serviceNameEn) ||
      appointment.serviceNameFr ||
      appointment.serviceNameEn
    : ''
  const service = named || t('someService')
  const when = appointment?.start ? wording.when(appointment.start) : t('someTime')
  const about = { business, service, when }
  switch (entry.action) {
    case 'booking.created':
      return entry.byYou ? t('bookedByYou', about) : t('bookedForYou', about)
    case 'booking.rescheduled':
    case 'booking.moved':
      return entry.byYou ? t('rescheduledByYou', about) : t('movedByBusiness', about)
    case 'booking.cancelled':
      return entry.byYou ? t('cancelledByYou', about) : t('cancelledByBusiness', about)
    case 'booking.completed':
      return t('completed', about)
    case 'booking.no_show':
      return t('noShow', about)
    case 'booking.hold_expired':
      return t('holdExpired', about)
    case 'bookingSeries.created':
      return t('seriesBooked', { business })
    case 'client.joined':
      return t('joinedByYou')
    case 'client.linked':
      return t('linkedByYou', { business })
    case 'client.profile_updated':
      return t('profileUpdatedByYou')
    case 'client.created':
      return t('created', { business })
    case 'client.updated':
      return t('updated', { business })
    case 'client.invited':
      return t('invited', { business })
    case 'client.archived':
      return t('archived', { business })
    case 'client.unarchived':
      return t('unarchived', { business })
    case 'client.unlinked':
      return t('unlinked', { business })
    default:
      return entry.byYou ? t('otherByYou') : t('other', { business })
  }
}
