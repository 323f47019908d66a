import type { Tx } from '@portail/db'
import { sql } from 'drizzle-orm'

/**
 * The public name of each team member of the tenant in context, as visitors, clients and staff may
 * see it (portail_private.staff_display_names: the name the business chose, else a first name,
 * never an email). A member with no usable name is absent: screens say "a team member".
 */
export async function staffDisplayNames(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: sql<string>`d.membership_id::text`, name: sql<string | null>`d.display_name` })
    .from(sql`portail_private.staff_display_names() as d`)
  const names = new Map<string, string>()
  for (const row of rows) if (row.name !== null) names.set(row.id, row.name)
  return names
}
