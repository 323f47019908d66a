import type { Identity } from '../identity'
import type { ClerkUserLookup } from './clerk-identity'
import { readSessionClaims } from './session-claims'

/**
 * The identity for session claims that Clerk's own middleware has already verified (signature,
 * dates, azp): the web app's `auth().sessionClaims`. Same rules as createClerkIdentity after
 * verification: a pending session or an unknown shape signs nobody in.
 */
export async function identityFromVerifiedClaims(
  payload: unknown,
  lookupUser: ClerkUserLookup,
): Promise<Identity | null> {
  const claims = readSessionClaims(payload)
  if (!claims || claims.sessionStatus === 'pending') return null
  const identity = await lookupUser(claims)
  return identity ? { ...identity, secondFactorAgeMinutes: claims.secondFactorAgeMinutes } : null
}
