import type { Tx } from '@portail/db'
import { hashInvitationToken } from './invitation-token'
import { invitationByTokenHash } from './find-invitation'
import { invitationStatus } from './invitation-status'

/**
 * What the acceptance page shows to whoever holds the link: the role, the expiry and where the
 * invitation stands, and, for a signed-in visitor, whether it was sent to their address. Never the
 * address itself: a link forwarded to someone else does not tell them whom it was for.
 * Runs as the tenant's system actor (the invitee is not a member yet).
 */
export async function previewInvitation(
  tx: Tx,
  tenantId: string,
  input: { token: string; signedInEmail: string | null },
  now: Date = new Date(),
) {
  const invitation = await invitationByTokenHash(tx, tenantId, hashInvitationToken(input.token), false)
  return {
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation, now),
    forSignedInUser:
      input.signedInEmail === null ? null : input.signedInEmail.toLowerCase() === invitation.email.toLowerCase(),
  }
}
