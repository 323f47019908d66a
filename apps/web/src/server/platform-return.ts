import type { Locale } from '@portail/i18n'

// The platform site's pages that need a session. Sign-in sends the reader back to one of these
// only: `next` is written by anyone, and an open redirect would lend our address to a phishing link.
const returnablePaths = /^\/(?:fr|en)\/(?:start|platform(?:\/[0-9a-f-]{36})?|dev\/mailbox)$/

/** Where the root domain's sign-in returns to: a known page of the platform site, else /start. */
export function platformReturnPath(locale: Locale, next: string | string[] | undefined): string {
  const fallback = `/${locale}/start`
  if (typeof next !== 'string' || next.length > 512 || !next.startsWith('/') || next.startsWith('//')) return fallback
  const url = new URL(next, 'https://platform.invalid')
  if (url.origin !== 'https://platform.invalid' || !returnablePaths.test(url.pathname)) return fallback
  return `${url.pathname}${url.search}`
}

/** The platform site's sign-in page, coming back to `returnTo` afterwards. */
export const platformSignInHref = (locale: Locale, returnTo: string) =>
  `/${locale}/sign-in?next=${encodeURIComponent(platformReturnPath(locale, returnTo))}`
