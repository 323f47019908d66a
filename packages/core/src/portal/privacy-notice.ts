import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { eq } from 'drizzle-orm'

/** The version of the business's privacy notice a client accepts today (a public column). */
export async function currentPrivacyNoticeVersion(tx: Tx, tenantId: string): Promise<string> {
  const [row] = await tx.select({ version: tenants.privacyNoticeVersion }).from(tenants).where(eq(tenants.id, tenantId))
  if (!row) throw new Error('the tenant in context is not visible')
  return row.version
}

export interface PrivacyOfficer {
  name: string
  email: string
}

/**
 * The person to ask about one's personal information at this business (Law 25), shown with the
 * privacy notice; null until the business names one. Public columns, read as any actor.
 */
export async function privacyOfficer(tx: Tx, tenantId: string): Promise<PrivacyOfficer | null> {
  const [row] = await tx
    .select({ name: tenants.privacyOfficerName, email: tenants.privacyOfficerEmail })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
  return row?.name && row.email ? { name: row.name, email: row.email } : null
}
