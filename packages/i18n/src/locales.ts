/** The languages Portail speaks. French first: the platform's default (Quebec businesses). */
export const locales = ['fr', 'en'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'fr'

/** The cookie that remembers a reader's chosen language (next-intl's name for it). */
export const localeCookieName = 'NEXT_LOCALE'

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en'
}

/**
 * The Intl locale each language formats with. Our readers are in Canada: fr-CA writes
 * "1 234,56 $" and 2026-03-08, en-CA writes "$1,234.56"; a plain "en" would print US dates.
 */
export const intlLocales: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' }
