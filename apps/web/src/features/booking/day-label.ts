import { createFormatters, intlLocales, type Locale } from '@portail/i18n'

/**
 * A calendar day ("2026-12-03") in words, "jeudi 3 décembre 2026" / "Thursday, December 3, 2026"
 * ("1er" on the first of a month in French).
 * A day, not an instant: read on UTC, where it is written, so no time zone moves it.
 */
export function dayLabel(day: string, locale: Locale): string {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number)
  return createFormatters({ locale, timeZone: 'UTC' }).day(Date.UTC(y, m - 1, d))
}

/** The business's time zone as readers know it ("HNE" / "EST"), on a given instant. */
export function zoneLabel(timeZone: string, locale: Locale, at: number): string {
  const parts = new Intl.DateTimeFormat(intlLocales[locale], { timeZone, timeZoneName: 'short' }).formatToParts(at)
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}
