import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { eq } from 'drizzle-orm'

/** The version of the business's privacy notice a client accepts today (a public column). */
export async function currentPrivacyNoticeVersion(tx: Tx, tenantId: string): Promise<string> {
  const [row] = await tx.select({ version: tenants.privacyNoticeVersion }).from(tenants).where(eq(tenants.id, tenantId))
  if (!row) throw new Error('the tenant in context is not visible')
  return row.version
}
