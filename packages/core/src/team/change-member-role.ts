import type { Database } from '@portail/db'
import { memberships } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import type { TTeamRole } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { announceTeamChange, type OrganizationSync } from '../tenants/sync-organization-team'
import { lockTeamChange } from './lock-team'
import { selectTeam, type TeamMember } from './team-member'

/**
 * The owner gives a member another role (the API lets only owners call this, after a fresh second
 * factor). The last owner cannot give up ownership, their own included: someone else must be made
 * owner first. Audited as membership.role_changed with the roles before and after. Opens its own
 * transaction: under Clerk the organization membership gets the new role after the commit, from
 * the team-sync workflow (`organizationSync: 'queued'`; see announceTeamChange).
 */
export async function changeMemberRole(
  database: Database,
  ctx: StaffActor,
  input: { userId: string; role: TTeamRole },
): Promise<TeamMember & { organizationSync: OrganizationSync }> {
  return nudgeOutboxAfter(() =>
    database.withTenant({ actor: 'staff', tenantId: ctx.tenantId, userId: ctx.userId }, async (tx) => {
      const { target, ownerCount } = await lockTeamChange(tx, ctx.tenantId, input.userId)
      if (target.role === input.role) throw new DomainError('CONFLICT', 'team.roleUnchanged', { field: 'role' })
      if (target.role === 'owner' && ownerCount <= 1)
        throw new DomainError('CONFLICT', 'team.lastOwner', { field: 'role' })
      await tx
        .update(memberships)
        .set({ role: input.role, updatedAt: sql`now()` })
        .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, target.id)))
      await appendAudit(tx, {
        tenantId: ctx.tenantId,
        actorUserId: ctx.userId,
        actorRole: ctx.role,
        action: 'membership.role_changed',
        entityType: 'membership',
        entityId: target.id,
        clientId: null,
        fields: ['role'],
        details: { userId: target.userId, from: target.role, to: input.role },
      })
      const [member] = await selectTeam(tx, ctx.tenantId, target.userId)
      if (!member) throw new Error('changed member not readable')
      return { ...member, organizationSync: await announceTeamChange(tx, ctx.tenantId, member.userId, 'roleChanged') }
    }),
  )
}
