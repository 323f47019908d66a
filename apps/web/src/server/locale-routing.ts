import { type Locale, localeCookieName, localeFromCookieHeader, negotiateLocale } from '@portail/i18n'
import { type NextRequest, NextResponse } from 'next/server'
import { localizedPath } from '../i18n/locale-path'

/** Where next-intl reads the request's locale (its own header name), set by the proxy only. */
export const localeHeader = 'x-next-intl-locale'

/** The path and query the reader's browser shows, before any rewrite: what a language switch keeps. */
export const visiblePathHeader = 'x-portail-visible-path'

export { localizedPath, splitLocale, type LocalePath } from '../i18n/locale-path'

/**
 * The language a request without one in its path should get: the reader's earlier choice
 * (NEXT_LOCALE), their browser, the business's default on its portal, then French.
 */
export function preferredLocale(request: NextRequest, tenantDefault?: Locale): Locale {
  return negotiateLocale({
    cookie: localeFromCookieHeader(request.headers.get('cookie')),
    acceptLanguage: request.headers.get('accept-language'),
    tenantDefault: tenantDefault ?? null,
  })
}

/**
 * 307 to the same page and query in `locale`. Temporary on purpose: the answer depends on the
 * reader (cookie, browser), so no cache may keep it.
 */
export function redirectToLocale(request: NextRequest, locale: Locale, rest: string): NextResponse {
  const url = request.nextUrl.clone()
  url.pathname = localizedPath(locale, rest)
  const response = NextResponse.redirect(url, 307)
  response.headers.set('cache-control', 'private, no-store')
  response.headers.set('vary', 'cookie, accept-language')
  return response
}

const oneYear = 365 * 24 * 3600

/**
 * The Domain of the language cookie: the root domain without its port, so a language chosen on
 * the platform site or on one portal holds on every portal, which are all this one app and share
 * the reader. Undefined (a host-only cookie, as before) when the root domain is one label, like
 * localhost, or an IPv4 address: browsers refuse a Domain attribute there.
 */
export function localeCookieDomain(rootDomain: string): string | undefined {
  const host = rootDomain.replace(/:\d+$/, '')
  if (!host.includes('.') || /^\d+(\.\d+){3}$/.test(host)) return undefined
  return host
}

/**
 * Remembers the language the reader is looking at, so their next visit without one starts there,
 * on every host of the platform (localeCookieDomain). A host-only cookie left by an earlier version
 * would shadow the shared one on its host, so it is expired at the same time.
 */
export function rememberLocale(request: NextRequest, response: NextResponse, locale: Locale, rootDomain: string): void {
  if (localeFromCookieHeader(request.headers.get('cookie')) === locale) return
  const domain = localeCookieDomain(rootDomain)
  response.cookies.set(localeCookieName, locale, {
    path: '/',
    sameSite: 'lax',
    maxAge: oneYear,
    ...(domain ? { domain } : {}),
  })
  if (domain) response.headers.append('set-cookie', `${localeCookieName}=; Path=/; Max-Age=0; SameSite=Lax`)
}
