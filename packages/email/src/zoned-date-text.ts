import { createFormatters, intlLocales } from '@portail/i18n'

/**
 * A day and time as every date in Portail is written ("mercredi 2 décembre 2026 à 18 h 30"), on
 * the business's clock, followed by that clock's short name ("(HNE)", "(EST)"): the reader may
 * live on another clock than the business.
 */
export function zonedDayTime(instant: string | Date, locale: 'fr' | 'en', timeZone: string): string {
  const at = instant instanceof Date ? instant : new Date(instant)
  const zone = new Intl.DateTimeFormat(intlLocales[locale], { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value
  const when = createFormatters({ locale, timeZone }).dayTime(at)
  return zone ? `${when} (${zone})` : when
}

/** The calendar day of an instant on a clock, as a number of days since 1970 (for day differences). */
function dayNumber(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(at)
    .reduce<Record<string, number>>((all, part) => ({ ...all, [part.type]: Number(part.value) }), {})
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1) / 86_400_000
}

/**
 * When the appointment is, seen from the moment a reminder sent `leadHours` before it is read:
 * "dans 1 heure" / "in 3 hours" below half a day, else by calendar days on the business's clock,
 * "aujourd’hui" / "tomorrow" / "in 3 days". A 24-hour reminder for 9:00 says "tomorrow"; a
 * 36-hour one sent at 21:00 two days before says "après-demain" / "in 2 days", which stays true.
 */
export function reminderLeadText(start: string, leadHours: number, locale: 'fr' | 'en', timeZone: string): string {
  const startAt = new Date(start)
  const hours = Math.max(Math.round(leadHours), 0)
  if (hours < 12) {
    return new Intl.RelativeTimeFormat(intlLocales[locale], { numeric: 'always' }).format(Math.max(hours, 1), 'hour')
  }
  const sentAt = new Date(startAt.getTime() - hours * 3_600_000)
  const days = dayNumber(startAt, timeZone) - dayNumber(sentAt, timeZone)
  return new Intl.RelativeTimeFormat(intlLocales[locale], { numeric: 'auto' }).format(days, 'day')
}
