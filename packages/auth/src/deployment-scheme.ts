/** `host[:port]` split at its last colon; the port as written, unchecked. */
export function splitHost(host: string): { hostname: string; port: string | null } {
  const colon = host.lastIndexOf(':')
  return colon === -1 ? { hostname: host, port: null } : { hostname: host.slice(0, colon), port: host.slice(colon + 1) }
}

/**
 * The deployment's scheme: https, except for localhost-style root domains (`localhost`,
 * `*.localhost`) in development. One rule for the origins Clerk tokens are bound to and the links
 * the API emails. Taken from the deployment rather than the request, since behind a
 * TLS-terminating proxy the app sees http.
 */
export function deploymentScheme(rootDomain: string): 'http' | 'https' {
  const hostname = splitHost(rootDomain.trim().toLowerCase()).hostname
  return hostname === 'localhost' || hostname.endsWith('.localhost') ? 'http' : 'https'
}
