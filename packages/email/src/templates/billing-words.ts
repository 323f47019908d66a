import { createFormatters } from '@portail/i18n'
import { emailWords, fill } from '../email-words'

/** The billing namespace of the email words, in this language. */
export const billingWords = (locale: 'fr' | 'en') => emailWords(locale).billing

/** Cents as money in the reader's language ("25,00 $" / "$25.00"). */
export const moneyText = (cents: number, locale: 'fr' | 'en') =>
  createFormatters({ locale, timeZone: 'UTC' }).money(cents)

/** An instant's calendar day on the business's clock ("8 décembre 2026" / "December 8, 2026"). */
export const dayText = (instant: string, locale: 'fr' | 'en', timeZone: string) =>
  createFormatters({ locale, timeZone }).date(instant)

/** An invoice date (`YYYY-MM-DD`, a calendar day with no zone) in words. */
export const calendarDayText = (day: string, locale: 'fr' | 'en') =>
  createFormatters({ locale, timeZone: 'UTC' }).date(`${day}T12:00:00Z`)

/** "Bonjour Élodie," or "Bonjour," when the name is unknown. */
export const billingGreeting = (locale: 'fr' | 'en', name: string) => {
  const words = billingWords(locale)
  return name.trim() === '' ? words.greetingNoName : fill(words.greeting, { name: name.trim() })
}
