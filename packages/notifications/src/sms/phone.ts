import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js'

/**
 * A phone number as an SMS provider needs it: E.164 (`+15145550100`), or null when the text is not
 * a valid number (a typo, too few digits, letters). A number written without a country code is read
 * as one of `defaultCountry` (our businesses are in Canada); an extension is dropped, since a text
 * message reaches the line, never an extension.
 */
export function toE164(raw: string, defaultCountry: CountryCode = 'CA'): string | null {
  // Bounded before parsing: a phone number is never longer than this, whatever is pasted.
  if (raw.length > 64) return null
  const number = parsePhoneNumberFromString(raw.trim(), defaultCountry)
  if (!number?.isValid()) return null
  return number.number
}

/** Thrown where a number someone typed is about to be used for SMS and is not a phone number. */
export class InvalidPhoneNumberError extends Error {
  /** The key of the message shown to the person who typed it (domain error catalogs). */
  readonly messageKey = 'input.phoneInvalid'
  constructor(readonly raw: string) {
    super(`Not a phone number SMS can reach: ${JSON.stringify(raw.slice(0, 64))}`)
    this.name = 'InvalidPhoneNumberError'
  }
}

/** `toE164`, or InvalidPhoneNumberError with the typed text: for inputs, where null is not an answer. */
export function requireE164(raw: string, defaultCountry: CountryCode = 'CA'): string {
  const e164 = toE164(raw, defaultCountry)
  if (e164 === null) throw new InvalidPhoneNumberError(raw)
  return e164
}
