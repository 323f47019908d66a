import { createFormatters, type Locale } from '@portail/i18n'
import type { Translator } from '~/i18n/translator'

/** What the page and the card need of a notification to word it. */
export interface NotificationFacts {
  kind: string
  params: Record<string, unknown>
}

export interface WordingContext {
  t: Translator<'notifications'>
  locale: Locale
  /** The business's time zone: times read as the business keeps its calendar. */
  timeZone: string
  business: string
  /** Who reads it: a team member reads a booking notice about a client, a client about its own booking. */
  reader: 'client' | 'staff'
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

/** The service as named in the reader's language when both are there, else the one name given. */
function serviceName(params: Record<string, unknown>, locale: Locale): string | null {
  const localized = locale === 'fr' ? text(params.serviceNameFr) : text(params.serviceNameEn)
  return localized ?? text(params.serviceName)
}

function startText(params: Record<string, unknown>, format: ReturnType<typeof createFormatters>): string {
  const start = text(params.start)
  const at = start === null ? Number.NaN : Date.parse(start)
  return Number.isNaN(at) ? '' : format.dayTime(new Date(at))
}

/**
 * One line for a notification, in the reader's language, with its time in the business's zone.
 * A notification stores its kind (the message it stands for) and what fills it in (params: the
 * service's name, the start as an ISO instant, the client's name for team notices); a kind this
 * build does not know still reads as a notice from the business.
 */
export function notificationText(facts: NotificationFacts, context: WordingContext): string {
  const { t, locale, reader } = context
  const format = createFormatters({ locale, timeZone: context.timeZone })
  const values = {
    service: serviceName(facts.params, locale) ?? t('someService'),
    start: startText(facts.params, format),
    client: text(facts.params.clientName) ?? t('someClient'),
  }
  switch (facts.kind) {
    case 'booking-confirmed':
      return reader === 'staff' ? t('kindBookingStaffNotice', values) : t('kindBookingConfirmed', values)
    case 'booking-staff-notice':
      return t('kindBookingStaffNotice', values)
    case 'booking-reminder':
      return t('kindBookingReminder', values)
    case 'booking-cancelled':
      return reader === 'staff' ? t('kindStaffBookingCancelled', values) : t('kindBookingCancelled', values)
    case 'booking-rescheduled':
      return reader === 'staff' ? t('kindStaffBookingRescheduled', values) : t('kindBookingRescheduled', values)
    case 'booking-hold-expired':
      return t('kindBookingHoldExpired', values)
    case 'booking-no-show':
      return t('kindBookingNoShow', values)
    case 'booking-unassigned':
      return t('kindBookingUnassigned', values)
    default:
      return t('kindOther', { business: context.business })
  }
}

/** Labels that carry a count, worded on the server for 0, 1 and many (`{count}` stands for the number). */
export interface CountWording {
  zero: string
  one: string
  other: string
}

/** The wording of a count label for any count, from the three forms the server wrote. */
export function countWording(wording: CountWording, count: number): string {
  if (count === 0) return wording.zero
  if (count === 1) return wording.one
  return wording.other.replace('{count}', count >= 100 ? '99+' : String(count))
}
