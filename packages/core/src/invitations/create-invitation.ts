import type { Tx } from '@portail/db'
import { memberships, staffInvitations, users } from '@portail/db/schema'
import type { ZCreateInvitationInput } from '@portail/validators'
import { and, eq, isNull } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { invitationStatus } from './invitation-status'
import { invitationValidityMs, newInvitationToken } from './invitation-token'
import type { PortalLinks } from './portal-links'
import { sendInvitationMail } from './send-invitation-mail'

export type CreateInvitationData = z.output<typeof ZCreateInvitationInput>

const alreadyPending = (cause?: unknown) =>
  new DomainError('CONFLICT', 'invitation.alreadyPending', { field: 'email', cause })

/** Only an owner hands out the admin role; the permission matrix already limits invitations to owners and admins. */
export function assertMayInviteAs(staff: StaffActor, role: 'admin' | 'staff') {
  if (role === 'admin' && staff.role !== 'owner') {
    throw new DomainError('FORBIDDEN', 'invitation.adminNeedsOwner', { field: 'role' })
  }
}

/**
 * Invites someone to the team: a pending invitation (token hash only), the email queued in the
 * same transaction, an audit entry. A pending invitation to the same address is a CONFLICT (resend
 * it instead); an expired one is superseded (revoked) by the new one.
 */
export async function createInvitation(
  tx: Tx,
  staff: StaffActor,
  input: CreateInvitationData,
  links: PortalLinks,
  now: Date = new Date(),
) {
  assertMayInviteAs(staff, input.role)
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, staff.tenantId), eq(users.email, input.email)))
  if (member) throw new DomainError('CONFLICT', 'invitation.alreadyMember', { field: 'email' })

  const pending = and(
    eq(staffInvitations.tenantId, staff.tenantId),
    eq(staffInvitations.email, input.email),
    isNull(staffInvitations.acceptedAt),
    isNull(staffInvitations.revokedAt),
  )
  const [open] = await tx
    .select({
      id: staffInvitations.id,
      acceptedAt: staffInvitations.acceptedAt,
      revokedAt: staffInvitations.revokedAt,
      expiresAt: staffInvitations.expiresAt,
    })
    .from(staffInvitations)
    .where(pending)
  if (open && invitationStatus(open, now) === 'pending') throw alreadyPending()
  if (open) {
    await tx
      .update(staffInvitations)
      .set({ revokedAt: now, updatedAt: now })
      .where(and(eq(staffInvitations.tenantId, staff.tenantId), eq(staffInvitations.id, open.id)))
  }

  const { token, tokenHash } = newInvitationToken()
  const expiresAt = new Date(now.getTime() + invitationValidityMs)
  let id: string
  try {
    const [row] = await tx
      .insert(staffInvitations)
      .values({
        tenantId: staff.tenantId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedByUserId: staff.userId,
        expiresAt,
      })
      .returning({ id: staffInvitations.id })
    if (!row) throw new Error('insert returned no row')
    id = row.id
  } catch (error) {
    if (isUniqueViolationOf(error, 'staff_invitations_pending_email_key')) throw alreadyPending(error)
    throw error
  }
  await sendInvitationMail(tx, staff, { id, email: input.email, role: input.role, expiresAt, token, tokenHash }, links)
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'staff_invitation.created',
    entityType: 'staff_invitation',
    entityId: id,
    clientId: null,
    details: { role: input.role },
  })
  return { id, email: input.email, role: input.role, status: 'pending' as const, expiresAt }
}
