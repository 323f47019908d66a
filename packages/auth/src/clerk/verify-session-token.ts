import { verifyToken } from '@clerk/backend'
import { TokenVerificationError, TokenVerificationErrorReason } from '@clerk/backend/errors'
import { type ClerkSessionClaims, readSessionClaims } from './session-claims'

export type SessionTokenRefusalReason =
  | 'expired'
  | 'not-yet-valid'
  | 'invalid-signature'
  | 'unauthorized-party'
  | 'malformed'
  | 'invalid-claims'
  | 'unverifiable'

export type SessionTokenVerification =
  { ok: true; claims: ClerkSessionClaims } | { ok: false; reason: SessionTokenRefusalReason; message: string }

export interface SessionTokenOptions {
  /** The instance's PEM public key (CLERK_JWT_KEY). */
  jwtKey: string
  /** Origins allowed in the token's azp claim, for this request: authorizedPartiesFor(host, …). */
  authorizedParties: string[]
  /** Clock tolerance; Clerk's default is 5 s. */
  clockSkewInMs?: number
}

const reasonByClerkReason = new Map<string, SessionTokenRefusalReason>([
  [TokenVerificationErrorReason.TokenExpired, 'expired'],
  [TokenVerificationErrorReason.TokenNotActiveYet, 'not-yet-valid'],
  [TokenVerificationErrorReason.TokenIatInTheFuture, 'not-yet-valid'],
  [TokenVerificationErrorReason.TokenInvalidSignature, 'invalid-signature'],
  [TokenVerificationErrorReason.TokenInvalidAlgorithm, 'invalid-signature'],
  [TokenVerificationErrorReason.TokenInvalidAuthorizedParties, 'unauthorized-party'],
  [TokenVerificationErrorReason.TokenInvalid, 'malformed'],
])

/**
 * Verifies a Clerk session token with the instance's public key only: no secret key is passed, so
 * @clerk/backend has no way to fetch a JWKS and a network outage can never sign anyone out or in.
 * Never throws for a bad token: every refusal comes back with its reason, for logs and tests.
 */
export async function verifySessionToken(
  token: string,
  options: SessionTokenOptions,
): Promise<SessionTokenVerification> {
  assertSessionTokenOptions(options)
  let payload: unknown
  try {
    // @clerk/backend's public verifyToken throws its TokenVerificationError on refusal.
    payload = await verifyToken(token, {
      jwtKey: options.jwtKey,
      authorizedParties: options.authorizedParties,
      clockSkewInMs: options.clockSkewInMs,
    })
  } catch (error) {
    return refusal(error)
  }
  const claims = readSessionClaims(payload)
  if (!claims) {
    return {
      ok: false,
      reason: 'invalid-claims',
      message: 'the token lacks sub, sid or iat, or uses an unknown claims version',
    }
  }
  return { ok: true, claims }
}

/** Throws on options that would make every verification fail or skip the azp check. */
export function assertSessionTokenOptions(options: SessionTokenOptions): void {
  if (!options.jwtKey) throw new Error('Clerk session tokens: jwtKey is empty; pass the PEM public key (CLERK_JWT_KEY)')
  if (options.authorizedParties.length === 0) {
    // Clerk skips the azp check on an empty list, which would accept tokens minted for any site.
    throw new Error('Clerk session tokens: authorizedParties is empty; pass authorizedPartiesFor(host, …)')
  }
}

function refusal(error: unknown): SessionTokenVerification {
  if (error instanceof TokenVerificationError) {
    return { ok: false, reason: reasonByClerkReason.get(error.reason) ?? 'unverifiable', message: error.message }
  }
  return { ok: false, reason: 'unverifiable', message: error instanceof Error ? error.message : String(error) }
}
