import type { Locale } from '@portail/i18n'
import { localizedPath, splitLocale } from '~/i18n/locale-path'

/**
 * The same page and query in another language, from the path the browser shows (a portal's
 * internal /t/{slug} tree never appears: the proxy hands pages the visible path).
 */
export function switchLocaleHref(visiblePath: string, target: Locale): string {
  const queryAt = visiblePath.indexOf('?')
  const pathname = queryAt === -1 ? visiblePath : visiblePath.slice(0, queryAt)
  const query = queryAt === -1 ? '' : visiblePath.slice(queryAt)
  const { rest } = splitLocale(pathname || '/')
  return `${localizedPath(target, rest)}${query}`
}
