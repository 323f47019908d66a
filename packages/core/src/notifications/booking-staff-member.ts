import type { Database } from '@portail/db'
import { memberships, tenants, users } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'

/** A member of the business as a staff notice addresses them: their account, name and language. */
export interface StaffRecipient {
  membershipId: string
  userId: string
  /** The member's public name (the one the business chose, else a first name); '' when none. */
  name: string
  locale: 'fr' | 'en'
}

/**
 * Reads one membership of the business as its system actor (the tenant from the event, matched in
 * the where clause): the staff member a booking was taken from, who is told it is no longer theirs.
 * Null when the membership is gone (a member removed since: nobody to tell).
 */
export async function loadStaffRecipient(
  database: Database,
  tenantId: string,
  membershipId: string,
): Promise<StaffRecipient | null> {
  const [row] = await database.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx
      .select({
        userId: memberships.userId,
        displayName: memberships.displayName,
        userName: users.name,
        userLocale: users.locale,
        tenantLocale: tenants.defaultLocale,
      })
      .from(memberships)
      .leftJoin(users, eq(users.id, memberships.userId))
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, membershipId))),
  )
  if (!row) return null
  const chosen = row.displayName?.trim()
  const first = row.userName?.trim().split(' ')[0] ?? ''
  return {
    membershipId,
    userId: row.userId,
    name: chosen !== undefined && chosen !== '' ? chosen : first.includes('@') ? '' : first,
    locale: row.userLocale ?? row.tenantLocale,
  }
}
