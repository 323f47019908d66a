import type { Tx } from '@portail/db'
import { platformAuditLog } from '@portail/db/schema'

export interface PlatformAuditEntry {
  operatorUserId: string
  /** `<entity>.<past-tense verb>`, e.g. tenants.listed, tenant.suspended. */
  action: string
  targetTenantId?: string | null
  reason?: string | null
  data?: Record<string, unknown>
}

/**
 * Records an operator's cross-tenant work (reads included) in the platform audit log, inside the
 * operator's transaction. The database accepts entries only in the operator's own name.
 */
export async function appendPlatformAudit(tx: Tx, entry: PlatformAuditEntry): Promise<void> {
  await tx.insert(platformAuditLog).values({
    actorUserId: entry.operatorUserId,
    action: entry.action,
    targetTenantId: entry.targetTenantId ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? {},
  })
}
