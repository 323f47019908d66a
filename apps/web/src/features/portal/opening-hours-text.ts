import { createFormatters, intlLocales, type Locale } from '@portail/i18n'

// A fixed Monday: weekday names and wall-clock times are formatted from UTC instants on this week,
// so the server's own zone and daylight saving never shift them.
const monday = Date.UTC(2026, 0, 5)

/** An ISO weekday (1 = Monday … 7 = Sunday) by name: "lundi" / "Monday". */
export const weekdayName = (locale: Locale, weekday: number): string =>
  new Intl.DateTimeFormat(intlLocales[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    monday + (weekday - 1) * 86_400_000,
  )

/** A wall-clock "HH:MM" as the reader writes times ("8 h 30", "13 h" / "8:30 a.m."): createFormatters' clock. */
export const wallClock = (locale: Locale, hhmm: string): string => createFormatters({ locale, timeZone: 'UTC' }).clock(hhmm)

/** The zone the hours run on, by its generic name in the reader's language ("heure de l’Est" / "Eastern Time"). */
export function zoneName(locale: Locale, timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(intlLocales[locale], { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
    at,
  )
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}
