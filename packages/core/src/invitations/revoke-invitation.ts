import type { Tx } from '@portail/db'
import { staffInvitations } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { invitationById } from './find-invitation'

/**
 * Cancels an invitation that was not accepted yet (an expired one included): its link stops
 * working at once. Owners and admins may revoke any invitation; taking power back needs no more.
 */
export async function revokeInvitation(tx: Tx, staff: StaffActor, input: { id: string }, now: Date = new Date()) {
  const invitation = await invitationById(tx, staff.tenantId, input.id)
  if (invitation.acceptedAt || invitation.revokedAt) throw new DomainError('CONFLICT', 'invitation.notPending')
  await tx
    .update(staffInvitations)
    .set({ revokedAt: now, updatedAt: now })
    .where(and(eq(staffInvitations.tenantId, staff.tenantId), eq(staffInvitations.id, input.id)))
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'staff_invitation.revoked',
    entityType: 'staff_invitation',
    entityId: input.id,
    clientId: null,
    details: { role: invitation.role },
  })
  return { id: input.id, status: 'revoked' as const }
}
