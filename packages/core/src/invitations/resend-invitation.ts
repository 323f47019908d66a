import type { Tx } from '@portail/db'
import { staffInvitations } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { assertMayInviteAs } from './create-invitation'
import { invitationById } from './find-invitation'
import { invitationValidityMs, newInvitationToken } from './invitation-token'
import type { PortalLinks } from './portal-links'
import { sendInvitationMail } from './send-invitation-mail'

/**
 * Sends a pending (or expired) invitation again with a NEW link valid 7 days: the old link stops
 * working, so a forwarded or leaked copy of the first email is worthless. Resending an admin
 * invitation is inviting an admin again, so it is the owner's call too.
 */
export async function resendInvitation(
  tx: Tx,
  staff: StaffActor,
  input: { id: string },
  links: PortalLinks,
  now: Date = new Date(),
) {
  const invitation = await invitationById(tx, staff.tenantId, input.id)
  if (invitation.acceptedAt || invitation.revokedAt) throw new DomainError('CONFLICT', 'invitation.notPending')
  assertMayInviteAs(staff, invitation.role === 'admin' ? 'admin' : 'staff')
  const { token, tokenHash } = newInvitationToken()
  const expiresAt = new Date(now.getTime() + invitationValidityMs)
  await tx
    .update(staffInvitations)
    .set({ tokenHash, expiresAt, updatedAt: now })
    .where(and(eq(staffInvitations.tenantId, staff.tenantId), eq(staffInvitations.id, input.id)))
  const role = invitation.role === 'admin' ? 'admin' : 'staff'
  await sendInvitationMail(
    tx,
    staff,
    { id: input.id, email: invitation.email, role, expiresAt, token, tokenHash },
    links,
  )
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'staff_invitation.resent',
    entityType: 'staff_invitation',
    entityId: input.id,
    clientId: null,
    details: { role },
  })
  return { id: input.id, status: 'pending' as const, expiresAt }
}
