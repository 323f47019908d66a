import type { Tx } from '@portail/db'
import { auditLog } from '@portail/db/schema'
import type { AuditAction } from './audit-actions'

export interface AuditEntry {
  tenantId: string
  actorUserId: string | null
  actorRole: string
  /** `<entity>.<past-tense verb>`, e.g. client.created: one of audit-actions.ts. */
  action: AuditAction
  entityType: string
  entityId: string | null
  clientId: string | null
  /** Names of the fields changed. Never their values: the log must not become a copy of the PII. */
  fields?: string[]
  /**
   * What the entry must say to stay readable once the entity is gone or changed (a deleted
   * client's name, a role before and after). Keep it to what an auditor needs.
   */
  details?: Record<string, string>
  reason?: string
}

/** Appends to the audit log inside the caller's transaction, so the entry and the change commit together. */
export async function appendAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    tenantId: entry.tenantId,
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    clientId: entry.clientId,
    reason: entry.reason ?? null,
    data: { ...entry.details, ...(entry.fields ? { fields: entry.fields } : {}) },
  })
}

/** The keys of a patch that actually carry a value (undefined means "leave as is"). */
export const changedFields = (patch: object): string[] =>
  Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort()
