import type { Database, Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import type { TTenantStatusChangeInput } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { appendPlatformAudit } from '../audit/append-platform-audit'
import { DomainError } from '../errors'
import { type OperatorTenantDetail, operatorTenantColumns } from './operator-tenant'

type TenantStatus = OperatorTenantDetail['status']

interface StatusChange {
  from: TenantStatus
  to: TenantStatus
  action: 'tenant.suspended' | 'tenant.reactivated'
  conflict: 'tenant.alreadySuspended' | 'tenant.alreadyActive'
  /** What `suspended_reason` becomes: the reason while suspended, nothing once active again. */
  suspendedReason: (reason: string) => string | null
}

const suspension: StatusChange = {
  from: 'active',
  to: 'suspended',
  action: 'tenant.suspended',
  conflict: 'tenant.alreadySuspended',
  suspendedReason: (reason) => reason,
}

const reactivation: StatusChange = {
  from: 'suspended',
  to: 'active',
  action: 'tenant.reactivated',
  conflict: 'tenant.alreadyActive',
  suspendedReason: () => null,
}

/**
 * One transaction, with the target tenant in context (actor operator): the tenant's own audit log
 * only accepts operator entries for the tenant in context, and the status change, that entry and
 * the platform audit entry must commit together or not at all. So this opens its own transaction
 * rather than run in the operator's tenant-less one.
 *
 * The update is conditional on the current status, so two operators racing cannot both "suspend":
 * the loser finds no row to change and gets CONFLICT. The row is re-read only to tell an unknown
 * tenant (NOT_FOUND) from one already in the target status (CONFLICT); either way nothing is written.
 */
async function changeTenantStatus(
  database: Database,
  operator: { userId: string },
  input: TTenantStatusChangeInput,
  change: StatusChange,
): Promise<OperatorTenantDetail> {
  const reason = input.reason.trim()
  const context = { actor: 'operator' as const, tenantId: input.tenantId, userId: operator.userId }
  return database.withTenant(context, async (tx) => {
    const [updated] = await tx
      .update(tenants)
      .set({ status: change.to, suspendedReason: change.suspendedReason(reason), updatedAt: sql`now()` })
      .where(and(eq(tenants.id, input.tenantId), eq(tenants.status, change.from)))
      .returning(operatorTenantColumns)
    if (!updated) throw await whyUnchanged(tx, input.tenantId, change)
    await appendAudit(tx, {
      tenantId: updated.id,
      actorUserId: operator.userId,
      actorRole: 'operator',
      action: change.action,
      entityType: 'tenant',
      entityId: updated.id,
      clientId: null,
      reason,
    })
    await appendPlatformAudit(tx, {
      operatorUserId: operator.userId,
      action: change.action,
      targetTenantId: updated.id,
      reason,
    })
    return updated
  })
}

async function whyUnchanged(tx: Tx, tenantId: string, change: StatusChange): Promise<DomainError> {
  const [existing] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId))
  return existing
    ? new DomainError('CONFLICT', change.conflict)
    : new DomainError('NOT_FOUND', 'tenant.notFound', { field: 'tenantId' })
}

/** An operator takes a business's portal offline at once; audited in the tenant's and the platform's logs. */
export const suspendTenant = (database: Database, operator: { userId: string }, input: TTenantStatusChangeInput) =>
  changeTenantStatus(database, operator, input, suspension)

/** An operator brings a suspended business back; audited in the tenant's and the platform's logs. */
export const reactivateTenant = (database: Database, operator: { userId: string }, input: TTenantStatusChangeInput) =>
  changeTenantStatus(database, operator, input, reactivation)
