import type { Tx } from '@portail/db'
import { sql } from 'drizzle-orm'

export interface TenantCounts {
  memberCount: number
  clientCount: number
}

/** For a business the function did not answer about (it answers about every id it is given). */
export const noCounts: TenantCounts = { memberCount: 0, clientCount: 0 }

/**
 * How many members and current (unarchived) clients each business has, for the operator console.
 * Operators hold no grant on memberships or clients; portail_private.tenant_counts (a listed
 * cross-tenant entry point) answers numbers only, for the ids asked about. Callers record the
 * read in platform_audit_log with the rest of what they show.
 */
export async function tenantCounts(tx: Tx, tenantIds: readonly string[]): Promise<Map<string, TenantCounts>> {
  if (tenantIds.length === 0) return new Map()
  const rows = await tx
    .select({
      tenantId: sql<string>`c.tenant_id::text`,
      // count() is bigint: the driver hands it over as text.
      memberCount: sql<string>`c.member_count::text`,
      clientCount: sql<string>`c.client_count::text`,
    })
    .from(sql`portail_private.tenant_counts(${`{${tenantIds.join(',')}}`}::uuid[]) as c`)
  return new Map(
    rows.map((row) => [row.tenantId, { memberCount: Number(row.memberCount), clientCount: Number(row.clientCount) }]),
  )
}
