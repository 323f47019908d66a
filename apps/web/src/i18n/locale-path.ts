import { isLocale, type Locale } from '@portail/i18n'

// Pure path arithmetic, shared by the proxy and the browser's language switcher (no server imports).

export interface LocalePath {
  /** The locale segment, or null when the path has none (or an unknown one). */
  locale: Locale | null
  /** The path after the locale segment, starting with `/`. */
  rest: string
}

/** `/en/portal` -> en + `/portal`; `/portal` -> no locale + `/portal`. */
export function splitLocale(pathname: string): LocalePath {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname)
  const segment = match?.[1]
  if (isLocale(segment)) return { locale: segment, rest: match?.[2] ?? '/' }
  return { locale: null, rest: pathname }
}

/** The visible path of `rest` in `locale`: `/en` for the home page, `/en/portal` otherwise. */
export function localizedPath(locale: Locale, rest: string): string {
  return rest === '/' ? `/${locale}` : `/${locale}${rest}`
}
