import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type { Locale } from './locales'

/** Where a number written without a country code is read from: our businesses are in Canada. */
const homeCountry = 'CA'

/**
 * A stored phone number ("+14505550132") as people write it: a Canadian number in its national
 * form ("450 555-0132" in French as the Office québécois de la langue française writes it,
 * "450-555-0132" in English), any other in international form ("+33 1 23 45 67 89"); an
 * extension follows ("poste 12" / "ext. 12"). What cannot be read as a number is shown as typed.
 */
export function formatPhone(locale: Locale, value: string): string {
  const number = parsePhoneNumberFromString(value, homeCountry)
  if (!number?.isValid()) return value
  const extension = number.ext ? (locale === 'fr' ? ` poste ${number.ext}` : ` ext. ${number.ext}`) : ''
  if (number.country !== homeCountry) return number.formatInternational({ formatExtension: () => '' }) + extension
  const digits = number.nationalNumber
  const area = digits.slice(0, 3)
  const exchange = digits.slice(3, 6)
  const line = digits.slice(6)
  return (locale === 'fr' ? `${area} ${exchange}-${line}` : `${area}-${exchange}-${line}`) + extension
}
