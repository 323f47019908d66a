import type { Identity } from '@portail/auth'
import type { Database } from '@portail/db'
import { clients, memberships } from '@portail/db/schema'
import { and, eq, isNull } from 'drizzle-orm'

export interface ResolvedActor {
  /** The signed-in user, or null for an anonymous visitor. */
  userId: string | null
  /** The caller's role in this tenant's team, if it is a member. */
  staffRole: 'owner' | 'admin' | 'staff' | null
  /** The caller's own, non-archived client record in this tenant, if it is a client. */
  clientId: string | null
}

export const anonymousActor: ResolvedActor = { userId: null, staffRole: null, clientId: null }

/**
 * Identity + tenant -> what the caller is in this tenant. One transaction as portail_public with
 * the caller's user id: the policies let a signed-in visitor see exactly its own membership and
 * its own client link here, and the column grants nothing more than those ids.
 * A person may be both staff and a client of the same business; both are reported.
 */
export async function resolveActor(
  database: Database,
  params: { tenantId: string; identity: Identity | null },
): Promise<ResolvedActor> {
  const { identity, tenantId } = params
  if (!identity) return anonymousActor
  const userId = identity.userId
  return database.withTenant({ actor: 'public', tenantId, userId }, async (tx) => {
    // Both leave with BEGIN in one write: one round trip for every signed-in request.
    const [[membership], [client]] = await Promise.all([
      tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId))),
      tx
        .select({ id: clients.id })
        .from(clients)
        .where(and(eq(clients.tenantId, tenantId), eq(clients.userId, userId), isNull(clients.archivedAt))),
    ])
    return { userId, staffRole: membership?.role ?? null, clientId: client?.id ?? null }
  })
}
