/** Where a request carried its Clerk session token, and what came with it. */
export type SessionTokenSource =
  { carrier: 'header'; token: string } | { carrier: 'cookie'; token: string; clientUat: number | null }

/**
 * Finds the session token the way Clerk does: an `Authorization: Bearer` header wins over the
 * `__session` cookie, and a present but unusable header is not rescued by the cookie.
 */
export function sessionTokenSource(headers: Headers): SessionTokenSource | null {
  const authorization = headers.get('authorization')
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    return match?.[1] ? { carrier: 'header', token: match[1] } : null
  }
  const cookies = parseCookies(headers.get('cookie'))
  const token = cookies.get('__session')
  if (!token) return null
  const uat = cookies.get('__client_uat')
  const clientUat = uat !== undefined && /^\d+$/.test(uat) ? Number(uat) : null
  return { carrier: 'cookie', token, clientUat }
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>()
  if (!header) return cookies
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=')
    if (equals === -1) continue
    const name = pair.slice(0, equals).trim()
    // The first cookie of a name wins, as browsers send the most specific path first.
    if (!cookies.has(name)) cookies.set(name, pair.slice(equals + 1).trim())
  }
  return cookies
}
