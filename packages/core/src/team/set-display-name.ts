import { can } from '@portail/auth'
import type { Tx } from '@portail/db'
import { memberships } from '@portail/db/schema'
import { and, eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { selectTeam, type TeamMember } from './team-member'

/**
 * Chooses the name visitors see for a member when they pick who performs a service (null: the
 * first word of the user's name). Every member chooses their own; another member's takes
 * `team.names` (owners and admins). Audited as membership.display_name_changed with before/after,
 * which are public names (left out when null), never an address (the validator refuses '@').
 */
export async function setDisplayName(
  tx: Tx,
  ctx: StaffActor,
  input: { userId: string; displayName: string | null },
): Promise<TeamMember> {
  if (input.userId !== ctx.userId && !can(ctx.role, 'team.names'))
    throw new DomainError('FORBIDDEN', 'team.displayNameOthers', { field: 'displayName' })
  const [before] = await tx
    .select({ id: memberships.id, displayName: memberships.displayName })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, input.userId)))
    .for('update')
  if (!before) throw new DomainError('NOT_FOUND', 'team.memberNotFound', { params: { userId: input.userId } })
  await tx
    .update(memberships)
    .set({ displayName: input.displayName, updatedAt: sql`now()` })
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.id, before.id)))
  await appendAudit(tx, {
    tenantId: ctx.tenantId,
    actorUserId: ctx.userId,
    actorRole: ctx.role,
    action: 'membership.display_name_changed',
    entityType: 'membership',
    entityId: before.id,
    clientId: null,
    fields: ['displayName'],
    // Audit details are strings: a side that is the first-name default (null) is left out.
    details: {
      userId: input.userId,
      ...(before.displayName === null ? {} : { from: before.displayName }),
      ...(input.displayName === null ? {} : { to: input.displayName }),
    },
  })
  const [member] = await selectTeam(tx, ctx.tenantId, input.userId)
  if (!member) throw new Error('renamed member not readable')
  return member
}
