import type { Tx } from '@portail/db'
import { memberships } from '@portail/db/schema'
import { and, eq, or } from 'drizzle-orm'
import { DomainError } from '../errors'

export interface LockedTeam {
  target: { id: string; userId: string; role: 'owner' | 'admin' | 'staff' }
  ownerCount: number
}

/**
 * Locks the tenant's owner memberships and the target's, then reports them. Two owners demoting or
 * removing each other at the same moment are thus served one after the other, and the second sees
 * that only one owner is left: a business can never end up without an owner.
 */
export async function lockTeamChange(tx: Tx, tenantId: string, userId: string): Promise<LockedTeam> {
  const rows = await tx
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), or(eq(memberships.role, 'owner'), eq(memberships.userId, userId))))
    .orderBy(memberships.id)
    .for('update')
  const target = rows.find((row) => row.userId === userId)
  if (!target) throw new DomainError('NOT_FOUND', 'team.memberNotFound', { params: { userId } })
  return { target, ownerCount: rows.filter((row) => row.role === 'owner').length }
}
