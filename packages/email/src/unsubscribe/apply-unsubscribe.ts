import type { Database } from '@portail/db'
import { clients, tenants } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { UnsubscribeClaims } from './unsubscribe-token'

export interface UnsubscribeTarget {
  businessName: string
}

const systemOf = (claims: UnsubscribeClaims) => ({ actor: 'system' as const, tenantId: claims.tenantId })

/**
 * The business a valid token is about, or null when the client is gone (deleted, or the business
 * with it): the confirmation page names who will stop writing. Read as the system actor of the
 * token's tenant; nothing is changed.
 */
export async function unsubscribeTarget(
  database: Database,
  claims: UnsubscribeClaims,
): Promise<UnsubscribeTarget | null> {
  return database.withTenant(systemOf(claims), async (tx) => {
    const [row] = await tx
      .select({ businessName: tenants.name })
      .from(clients)
      .innerJoin(tenants, eq(tenants.id, clients.tenantId))
      .where(and(eq(clients.tenantId, claims.tenantId), eq(clients.id, claims.clientId)))
    return row ?? null
  })
}

/**
 * Applies a one-click unsubscribe: the client's preferences get `topics[topic].email = false`,
 * the rest of their choices kept. Read and written under FOR UPDATE in one transaction, so a
 * preference saved at the same moment on the portal is not lost. Repeating it changes nothing.
 * The token was verified by the caller; the system actor of its tenant writes.
 */
export async function applyUnsubscribe(
  database: Database,
  claims: UnsubscribeClaims,
): Promise<UnsubscribeTarget | null> {
  return database.withTenant(systemOf(claims), async (tx) => {
    const [row] = await tx
      .select({ preferences: clients.communicationPreferences, businessName: tenants.name })
      .from(clients)
      .innerJoin(tenants, eq(tenants.id, clients.tenantId))
      .where(and(eq(clients.tenantId, claims.tenantId), eq(clients.id, claims.clientId)))
      .for('update', { of: clients })
    if (!row) return null
    const topics = row.preferences.topics ?? {}
    if (topics[claims.topic]?.email !== false) {
      await tx
        .update(clients)
        .set({
          communicationPreferences: {
            ...row.preferences,
            topics: { ...topics, [claims.topic]: { ...topics[claims.topic], email: false } },
          },
          updatedAt: new Date(),
        })
        .where(and(eq(clients.tenantId, claims.tenantId), eq(clients.id, claims.clientId)))
    }
    return { businessName: row.businessName }
  })
}
