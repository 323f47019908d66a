/**
 * Headers every response carries besides its CSP.
 *
 * HSTS is sent always, not only over HTTPS: browsers ignore it on plain http (RFC 6797 §8.1), and
 * behind a TLS-terminating load balancer the app cannot tell for sure that the client used HTTPS.
 * includeSubDomains covers every tenant portal under the root domain.
 * X-Frame-Options duplicates CSP frame-ancestors for browsers that predate it.
 */
export const staticSecurityHeaders: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'cross-origin-opener-policy': 'same-origin',
}

/** The security headers of one response, CSP included. */
export function securityHeaders(contentSecurityPolicy: string): Record<string, string> {
  return { ...staticSecurityHeaders, 'content-security-policy': contentSecurityPolicy }
}

/**
 * Headers through which a request claims a user: a session cookie, a bearer token, or the header
 * test identity. A response to such a request may hold that user's data.
 */
export function carriesIdentity(headers: Headers): boolean {
  if (headers.has('cookie') || headers.has('authorization')) return true
  for (const name of headers.keys()) if (name.startsWith('x-portail-test-')) return true
  return false
}

/** Never stored by a browser or any shared cache: the response belongs to one user or one tenant. */
export const privateNoStore = 'private, no-store'
