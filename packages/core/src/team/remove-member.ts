import { type Database, pgErrorCode, pgErrorCodes } from '@portail/db'
import { memberships } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { pgConstraint } from '../db-error-mapping'
import { DomainError } from '../errors'
import { announceTeamChange, type OrganizationSync } from '../tenants/sync-organization-team'
import { lockTeamChange } from './lock-team'
import { selectTeam } from './team-member'

/**
 * Takes a member off the team (owners and admins, after a fresh second factor). An admin cannot
 * remove an owner; nobody can remove the last owner, who must hand ownership on first. Leaving the
 * team oneself is allowed on the same terms. The person's user account and everything they did
 * stay; only the membership goes, so their access to this business ends with the next request.
 * Audited as membership.removed with the name and role, since the team no longer shows them.
 * Opens its own transaction: under Clerk the organization membership goes too, after the commit
 * (otherwise its next webhook could bring the person back), from the team-sync workflow
 * (`organizationSync: 'queued'`; see announceTeamChange).
 */
export async function removeMember(
  database: Database,
  ctx: StaffActor,
  input: { userId: string },
): Promise<{ userId: string; organizationSync: OrganizationSync }> {
  return nudgeOutboxAfter(() =>
    database.withTenant({ actor: 'staff', tenantId: ctx.tenantId, userId: ctx.userId }, async (tx) => {
      const { target, ownerCount } = await lockTeamChange(tx, ctx.tenantId, input.userId)
      if (target.role === 'owner' && ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'team.ownerProtected')
      if (target.role === 'owner' && ownerCount <= 1) throw new DomainError('CONFLICT', 'team.lastOwner')
      // Read before the membership goes: staff see only the users who are on their team.
      const [member] = await selectTeam(tx, ctx.tenantId, target.userId)
      try {
        await tx.delete(memberships).where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, target.id)))
      } catch (error) {
        // Bookings keep their staff member (history, and who is expected at the door).
        if (
          pgErrorCode(error) === pgErrorCodes.foreignKeyViolation &&
          pgConstraint(error) === 'bookings_membership_fk'
        ) {
          throw new DomainError('CONFLICT', 'team.hasBookings', { cause: error })
        }
        throw error
      }
      await appendAudit(tx, {
        tenantId: ctx.tenantId,
        actorUserId: ctx.userId,
        actorRole: ctx.role,
        action: 'membership.removed',
        entityType: 'membership',
        entityId: target.id,
        clientId: null,
        details: { userId: target.userId, name: member?.name ?? '', role: target.role },
      })
      return {
        userId: target.userId,
        organizationSync: await announceTeamChange(tx, ctx.tenantId, target.userId, 'removed'),
      }
    }),
  )
}
