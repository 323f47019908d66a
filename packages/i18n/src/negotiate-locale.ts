import { defaultLocale, isLocale, type Locale, localeCookieName } from './locales'

/**
 * The first of fr/en the browser prefers, by q-value, from an Accept-Language header; null when it
 * names neither. Region tags count for their language (fr-CA is fr).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
      return { language: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter((entry) => entry.q > 0)
    .sort((left, right) => right.q - left.q || left.index - right.index)
  const match = ranked.find((entry) => isLocale(entry.language))
  return isLocale(match?.language) ? match.language : null
}

/** The language remembered in the NEXT_LOCALE cookie of a Cookie header, if it is one of ours. */
export function localeFromCookieHeader(header: string | null | undefined): Locale | null {
  for (const pair of header?.split(';') ?? []) {
    const [name = '', value = ''] = pair.split('=')
    const candidate = value.trim()
    if (name.trim() === localeCookieName && isLocale(candidate)) return candidate
  }
  return null
}

export interface LocaleSignals {
  /** The locale segment of the URL (`/en/...`), when there is one. */
  pathLocale?: string | null
  /** The NEXT_LOCALE cookie: the reader chose this language before. */
  cookie?: string | null
  acceptLanguage?: string | null
  /** The business's default language, on its portal. */
  tenantDefault?: string | null
}

/**
 * The language to answer in, strongest signal first: the URL (what the reader is looking at),
 * then the language they chose before (cookie), then their browser, then the business's
 * default, then French. Values that are not one of our locales are ignored, never trusted.
 */
export function negotiateLocale(signals: LocaleSignals): Locale {
  if (isLocale(signals.pathLocale)) return signals.pathLocale
  if (isLocale(signals.cookie)) return signals.cookie
  const fromBrowser = localeFromAcceptLanguage(signals.acceptLanguage)
  if (fromBrowser) return fromBrowser
  if (isLocale(signals.tenantDefault)) return signals.tenantDefault
  return defaultLocale
}
