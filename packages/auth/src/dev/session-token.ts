import { sameSecret, signSessionId } from './crypto'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The session id inside a cookie value `<id>.<signature>`, or null when the signature does not check out. */
export function readSessionToken(secret: string, token: string): string | null {
  const dot = token.indexOf('.')
  if (dot < 0) return null
  const sessionId = token.slice(0, dot)
  if (!uuid.test(sessionId)) return null
  return sameSecret(signSessionId(secret, sessionId), token.slice(dot + 1)) ? sessionId : null
}
