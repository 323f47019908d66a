import type { Identity, IdentityResolver } from '../identity'
import { type AuthorizedPartiesConfig, authorizedPartiesFor } from './authorized-parties'
import type { ClerkSessionClaims } from './session-claims'
import { sessionTokenSource } from './session-token-source'
import { type SessionTokenOptions, type SessionTokenRefusalReason, verifySessionToken } from './verify-session-token'

/**
 * Maps verified Clerk claims to Portail's own user (users.id), or null when there is none. The
 * database implementation, with just-in-time provisioning when the webhook has not arrived yet,
 * lives outside this package; a throw (database down) propagates instead of signing the user out.
 */
export type ClerkUserLookup = (claims: ClerkSessionClaims) => Promise<Identity | null>

export type ClerkSessionRefusalReason =
  | SessionTokenRefusalReason
  /** Clerk still owes the user a task (choose an organization…); Clerk treats it as signed out. */
  | 'session-pending'
  /** A __session cookie without a usable __client_uat, or __client_uat = 0 (signed out in the browser). */
  | 'client-signed-out'
  /** The browser signed in again (or switched user) after this token was issued. */
  | 'token-older-than-client'
  | 'unknown-user'

export interface ClerkIdentityOptions extends Omit<SessionTokenOptions, 'authorizedParties'> {
  /** Whose tokens a request accepts: its own origin under ROOT_DOMAIN, plus the extra origins. */
  parties: AuthorizedPartiesConfig
  lookupUser: ClerkUserLookup
  /** Told why a presented token signed nobody in, for logs; never told when no token was sent. */
  onRefusal?: (refusal: { reason: ClerkSessionRefusalReason; message: string }) => void
}

/**
 * The Clerk identity adapter: reads the session token from `Authorization: Bearer` or the
 * `__session` cookie, verifies it offline with the instance's public key, and asks `lookupUser`
 * who that is in Portail. Accepts active sessions whose token is signed by the instance key, valid
 * now and minted for this request's own origin (Host) or an extra origin; everything else
 * resolves to nobody (null).
 */
export function createClerkIdentity(options: ClerkIdentityOptions): IdentityResolver {
  const { lookupUser, onRefusal, parties, ...keyOptions } = options
  // Fail at boot, not on the first signed-in request.
  if (!keyOptions.jwtKey)
    throw new Error('Clerk session tokens: jwtKey is empty; pass the PEM public key (CLERK_JWT_KEY)')
  if (!parties.rootDomain.trim()) throw new Error('Clerk session tokens: parties.rootDomain is empty (ROOT_DOMAIN)')
  const refuse = (reason: ClerkSessionRefusalReason, message: string) => {
    onRefusal?.({ reason, message })
    return null
  }
  return async (headers) => {
    const source = sessionTokenSource(headers)
    if (!source) return null
    const authorizedParties = authorizedPartiesFor(headers.get('host'), parties)
    const verified = await verifySessionToken(source.token, { ...keyOptions, authorizedParties })
    if (!verified.ok) return refuse(verified.reason, verified.message)
    const { claims } = verified
    if (source.carrier === 'cookie') {
      // Clerk's middleware would run a handshake here; a tRPC call cannot follow a redirect, and a
      // leftover cookie from a signed-out browser must not keep acting for that user.
      if (source.clientUat === null || source.clientUat === 0) {
        return refuse('client-signed-out', 'the __session cookie came without a signed-in __client_uat')
      }
      if (source.clientUat > claims.issuedAt) {
        return refuse('token-older-than-client', 'the session token predates the last sign-in of this browser')
      }
    }
    if (claims.sessionStatus === 'pending') return refuse('session-pending', 'the session still has a pending task')
    const identity = await lookupUser(claims)
    if (!identity) return refuse('unknown-user', `no Portail user for Clerk user ${claims.clerkUserId}`)
    return { ...identity, secondFactorAgeMinutes: claims.secondFactorAgeMinutes }
  }
}
