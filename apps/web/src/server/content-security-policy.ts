/** 128 random bits, base64: unguessable, and valid inside a CSP `'nonce-…'` source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The policy of every response. Scripts run only with this request's nonce ('strict-dynamic' lets
 * Next's nonced loader pull in its chunks, and makes CSP3 browsers ignore 'self'). Styles keep
 * 'unsafe-inline': React and Next write `style` attributes, which nonces cannot cover, and a style
 * cannot run code, so the scripts policy is what stops XSS. Dev adds 'unsafe-eval', which React
 * uses in development only to rebuild server error stacks.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]
  return directives.join('; ')
}
