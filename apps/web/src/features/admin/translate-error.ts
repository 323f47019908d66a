import type { Locale } from '@portail/i18n'
import { z } from 'zod'

export { useTranslateErrorKey } from './domain-error-messages'

/** zod's own checks (required, too long...) in the reader's language, for zodResolver's parse. */
export const zodParseOptions = (locale: Locale) => ({
  error: (locale === 'fr' ? z.locales.fr() : z.locales.en()).localeError,
})
