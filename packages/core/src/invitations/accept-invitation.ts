import { hasNoNameOfTheirOwn } from '@portail/auth'
import type { Database } from '@portail/db'
import { memberships, staffInvitations } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { setOwnName } from '../onboarding/set-own-name'
import { announceTeamChange, type OrganizationSync } from '../tenants/sync-organization-team'
import { invitationByTokenHash } from './find-invitation'
import { invitationStatus } from './invitation-status'
import { hashInvitationToken } from './invitation-token'

export interface Invitee {
  userId: string
  email: string
  emailVerified: boolean
  /** Their name as the identity service knows it (the email's local part until they give one). */
  name: string
}

/**
 * The signed-in invitee joins the team with the invited role. Refusals, each with its own message
 * and nothing changed: unknown link, already accepted, revoked, expired, sent to another address
 * (or an address the identity provider has not proven), already a member.
 *
 * Runs as the tenant's system actor: the person is not a member yet, so no role of theirs could
 * write the membership. Everything it writes is filtered by the tenant from the host, and only
 * after the token hash and the proven email matched. Opens its own transaction: under Clerk the
 * person is also added to the business's organization after the commit, by the team-sync workflow
 * (`organizationSync: 'queued'`; see announceTeamChange).
 */
export async function acceptInvitation(
  database: Database,
  tenantId: string,
  invitee: Invitee,
  input: { token: string; fullName?: string | undefined },
  deps: { now?: Date } = {},
): Promise<{ role: 'admin' | 'staff'; organizationSync: OrganizationSync }> {
  const now = deps.now ?? new Date()
  const accepted = await nudgeOutboxAfter(() =>
    database.withTenant({ actor: 'system', tenantId, userId: invitee.userId }, async (tx) => {
      const invitation = await invitationByTokenHash(tx, tenantId, hashInvitationToken(input.token), true)
      const status = invitationStatus(invitation, now)
      if (status === 'accepted') throw new DomainError('CONFLICT', 'invitation.used')
      if (status === 'revoked') throw new DomainError('CONFLICT', 'invitation.revoked')
      if (status === 'expired') throw new DomainError('CONFLICT', 'invitation.expired')
      if (invitee.email.toLowerCase() !== invitation.email.toLowerCase()) {
        throw new DomainError('FORBIDDEN', 'invitation.wrongEmail')
      }
      if (!invitee.emailVerified) throw new DomainError('FORBIDDEN', 'portal.emailUnverified')
      const role: 'admin' | 'staff' = invitation.role === 'admin' ? 'admin' : 'staff'

      try {
        await tx.insert(memberships).values({ tenantId, userId: invitee.userId, role })
      } catch (error) {
        if (isUniqueViolationOf(error, 'memberships_tenant_user_key')) {
          throw new DomainError('CONFLICT', 'invitation.alreadyMember', { cause: error })
        }
        throw error
      }
      await tx
        .update(staffInvitations)
        .set({ acceptedAt: now, acceptedByUserId: invitee.userId, updatedAt: now })
        .where(and(eq(staffInvitations.tenantId, tenantId), eq(staffInvitations.id, invitation.id)))
      await appendAudit(tx, {
        tenantId,
        actorUserId: invitee.userId,
        actorRole: role,
        action: 'staff_invitation.accepted',
        entityType: 'staff_invitation',
        entityId: invitation.id,
        clientId: null,
        details: { role },
      })
      return { role, organizationSync: await announceTeamChange(tx, tenantId, invitee.userId, 'added') }
    }),
  )
  // The name the person gave, when theirs was still their email's local part: a second transaction
  // because it is another actor (identity: a dev user's name only; under Clerk the name is Clerk's).
  const fullName = input.fullName
  if (fullName && hasNoNameOfTheirOwn(invitee)) {
    await database.withTenant({ actor: 'identity', tenantId: null, userId: invitee.userId }, (tx) =>
      setOwnName(tx, invitee.userId, fullName),
    )
  }
  return accepted
}
