import { errorMessages } from '@portail/core/error-messages'
import type { Locale } from '@portail/i18n'
import { z } from 'zod'

const isKnownKey = (message: string): message is keyof typeof errorMessages => Object.hasOwn(errorMessages, message)

/**
 * For the kit's Form: our validators' messages are keys (input.phoneInvalid...), worded here in the
 * reader's language like the server words them; anything else is already text.
 */
export const translateErrorKey =
  (locale: Locale) =>
  (message: string): string =>
    isKnownKey(message) ? errorMessages[message][locale] : message

/** zod's own checks (required, too long...) in the reader's language, for zodResolver's parse. */
export const zodParseOptions = (locale: Locale) => ({
  error: (locale === 'fr' ? z.locales.fr() : z.locales.en()).localeError,
})
