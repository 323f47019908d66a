import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import { and, eq, isNotNull } from 'drizzle-orm'
import type { ResolvedActor } from '../actors/resolve-actor'
import { currentPrivacyNoticeVersion, privacyOfficer } from './privacy-notice'

/**
 * What the portal should offer the person looking at it:
 * - visitor: nobody signed in (offer to sign in);
 * - needsConsent: signed in, neither staff nor client here (offer to join, with the privacy notice);
 * - closed: signed in, and the business archived the client record linked to this person: no join
 *   offer (joining would be refused with `portal.recordArchived`), "contact the business" instead;
 * - client / staff: already in (a person who is both is reported as staff: the admin area is the
 *   more useful door, and the client side stays reachable).
 */
export type MembershipState = 'visitor' | 'needsConsent' | 'closed' | 'client' | 'staff'

/**
 * A client record's portal state as the business sees it, by the rule membershipState applies to
 * the person: linked to an account and live is in ('client'), linked and archived is 'closed',
 * unlinked has not joined. The staff client page reads this, never the consent records, so its
 * cards agree with what the person is shown (a record linked before consents were kept has none).
 */
export type RecordPortalState = 'notJoined' | 'client' | 'closed'

export const recordPortalState = (record: { userId: string | null; archivedAt: Date | null }): RecordPortalState =>
  record.userId === null ? 'notJoined' : record.archivedAt === null ? 'client' : 'closed'

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
        : (await hasArchivedRecord(tx, tenantId, actor.userId))
          ? 'closed'
          : 'needsConsent'
  return {
    state,
    privacyNoticeVersion: await currentPrivacyNoticeVersion(tx, tenantId),
    privacyOfficer: await privacyOfficer(tx, tenantId),
  }
}

/** The person's own client record here exists but is archived (the actor reports live ones only). */
async function hasArchivedRecord(tx: Tx, tenantId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.tenantId, tenantId), eq(clients.userId, userId), isNotNull(clients.archivedAt)))
  return Boolean(row)
}
