import type { Database } from '@portail/db'
import { tenantPaymentSettings } from '@portail/db/schema'
import { isNotNull } from 'drizzle-orm'

/**
 * Every business with a connected Stripe account, read as the `paymentReconcile` actor (it sees
 * the tenant, the account and whether charges are on, of every business's settings, and nothing
 * else), oldest tenant id first so a run's order is stable across its replays.
 */
export async function listConnectedAccounts(database: Database): Promise<{ tenantId: string; accountId: string }[]> {
  const rows = await database.withTenant({ actor: 'paymentReconcile', tenantId: null }, (tx) =>
    tx
      .select({ tenantId: tenantPaymentSettings.tenantId, accountId: tenantPaymentSettings.stripeAccountId })
      .from(tenantPaymentSettings)
      .where(isNotNull(tenantPaymentSettings.stripeAccountId))
      .orderBy(tenantPaymentSettings.tenantId),
  )
  return rows.flatMap((row) => (row.accountId ? [{ tenantId: row.tenantId, accountId: row.accountId }] : []))
}
