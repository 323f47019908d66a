import type { Tx } from '@portail/db'
import type { ResolvedActor } from '../actors/resolve-actor'
import { currentPrivacyNoticeVersion, privacyOfficer } from './privacy-notice'

/**
 * What the portal should offer the person looking at it:
 * - visitor: nobody signed in (offer to sign in);
 * - needsConsent: signed in, neither staff nor client here (offer to join, with the privacy notice);
 * - client / staff: already in (a person who is both is reported as staff: the admin area is the
 *   more useful door, and the client side stays reachable).
 */
export type MembershipState = 'visitor' | 'needsConsent' | 'client' | 'staff'

/**
 * Runs as the public actor: the actor was resolved from the visitor's own links only. Also gives
 * what the first visit shows with the notice: its version and the privacy officer's contact.
 */
export async function membershipState(tx: Tx, tenantId: string, actor: ResolvedActor) {
  const state: MembershipState = !actor.userId
    ? 'visitor'
    : actor.staffRole
      ? 'staff'
      : actor.clientId
        ? 'client'
        : 'needsConsent'
  return {
    state,
    privacyNoticeVersion: await currentPrivacyNoticeVersion(tx, tenantId),
    privacyOfficer: await privacyOfficer(tx, tenantId),
  }
}
