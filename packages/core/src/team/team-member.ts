import type { Tx } from '@portail/db'
import { memberships, users } from '@portail/db/schema'
import { and, asc, eq } from 'drizzle-orm'

/** One member of a business's team, as the team page lists it. */
export interface TeamMember {
  userId: string
  name: string
  email: string
  /** The public name the business chose for visitors; null: the first word of `name`. */
  displayName: string | null
  role: 'owner' | 'admin' | 'staff'
  joinedAt: Date
}

const memberColumns = {
  userId: memberships.userId,
  name: users.name,
  email: users.email,
  displayName: memberships.displayName,
  role: memberships.role,
  joinedAt: memberships.createdAt,
}

/** The team of a tenant (or one member of it), read as staff: the users policy shows teammates only. */
export const selectTeam = (tx: Tx, tenantId: string, userId?: string) =>
  tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), userId === undefined ? undefined : eq(memberships.userId, userId)))
    .orderBy(asc(users.name), asc(memberships.userId))
