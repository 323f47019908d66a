import { sessionLifetimeSeconds } from './settings'

/**
 * Over HTTPS the cookie takes the `__Host-` prefix: the browser then only accepts it from this
 * exact host, Secure, with Path=/ and no Domain, so a sibling tenant subdomain cannot plant one.
 */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-portail_session' : 'portail_session')

const attributes = (secure: boolean, maxAge: number) =>
  ['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${maxAge}`, ...(secure ? ['Secure'] : [])].join('; ')

/** The Set-Cookie value that opens a session. */
export const sessionCookie = (token: string, secure: boolean) =>
  `${sessionCookieName(secure)}=${token}; ${attributes(secure, sessionLifetimeSeconds)}`

/** The Set-Cookie value that makes the browser forget the session. */
export const clearedSessionCookie = (secure: boolean) => `${sessionCookieName(secure)}=; ${attributes(secure, 0)}`

/** The value of cookie `name` in a Cookie header, if present. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=')
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim()
  }
  return null
}

/**
 * The session token a request carries. With `secure`, only the `__Host-` cookie counts: a plain
 * `portail_session` could have been set by another subdomain (cookie tossing).
 */
export const sessionTokenFrom = (headers: Headers, secure: boolean) => {
  const cookies = headers.get('cookie')
  return readCookie(cookies, sessionCookieName(true)) ?? (secure ? null : readCookie(cookies, sessionCookieName(false)))
}
