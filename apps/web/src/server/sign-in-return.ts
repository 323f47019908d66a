import type { Locale } from '@portail/i18n'

/**
 * Where sign-in sends the reader back to, from a `next` query parameter anyone can write: only a
 * path on this same portal (one leading slash, no scheme, no `//host`, no backslash that browsers
 * read as a slash), else the portal's home. An open redirect would let a phishing link borrow the
 * business's address.
 */
export function safeReturnPath(locale: Locale, next: string | string[] | undefined): string {
  const fallback = `/${locale}/portal`
  if (typeof next !== 'string' || next.length > 2048) return fallback
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\s]/.test(next)) return fallback
  // Resolved against a placeholder origin: anything that leaves it (or encodes a way out) is refused.
  const url = new URL(next, 'https://portal.invalid')
  if (url.origin !== 'https://portal.invalid' || url.pathname.startsWith('//')) return fallback
  // Back to sign-in would loop once the reader is signed in.
  if (/^\/[a-z]{2}\/sign-in(?:\/|$)/.test(url.pathname)) return fallback
  return `${url.pathname}${url.search}`
}

/** The sign-in page of this portal, coming back to `returnTo` afterwards. */
export const signInHref = (locale: Locale, returnTo: string) =>
  `/${locale}/sign-in?next=${encodeURIComponent(safeReturnPath(locale, returnTo))}`
