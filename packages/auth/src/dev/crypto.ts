import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'

/** A uniformly random 6-digit code (about 20 bits), leading zeros kept. */
export const newSignInCode = () => randomInt(0, 1_000_000).toString().padStart(6, '0')

/**
 * Each use of the secret gets its own label, so a code hash can never be replayed as a cookie
 * signature or the other way round.
 */
const hmac = (secret: string, label: string, value: string) =>
  createHmac('sha256', secret).update(`${label}\u0000${value}`).digest()

/** What is stored for a code: bound to its email, useless without the server secret. */
export const hashSignInCode = (secret: string, email: string, code: string) =>
  hmac(secret, 'sign-in-code', `${email}\u0000${code}`).toString('hex')

/** A step-up code is bound to its session: it confirms nothing elsewhere and never signs anyone in. */
export const hashStepUpCode = (secret: string, sessionId: string, code: string) =>
  hmac(secret, 'step-up-code', `${sessionId}\u0000${code}`).toString('hex')

export const signSessionId = (secret: string, sessionId: string) =>
  hmac(secret, 'session', sessionId).toString('base64url')

/** Constant-time comparison of two strings of any length. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  if (left.length !== right.length) {
    // timingSafeEqual needs equal lengths; comparing a with itself keeps the time independent of b.
    timingSafeEqual(left, left)
    return false
  }
  return timingSafeEqual(left, right)
}
