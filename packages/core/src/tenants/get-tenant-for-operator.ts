import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import type { TGetTenantInput } from '@portail/validators'
import { eq } from 'drizzle-orm'
import { appendPlatformAudit } from '../audit/append-platform-audit'
import { DomainError } from '../errors'
import { type OperatorTenantDetail, operatorTenantColumns } from './operator-tenant'
import { noCounts, type TenantCounts, tenantCounts } from './tenant-counts'

/**
 * One business, for the operator console (portail_operator reads the registry). The operator role
 * holds no grant on memberships or clients, on purpose: the member and client counts come from
 * portail_private.tenant_counts, numbers only. Opening a business is a cross-tenant read, so it is
 * recorded in the platform audit log.
 */
export async function getTenantForOperator(
  tx: Tx,
  operator: { userId: string },
  input: TGetTenantInput,
): Promise<OperatorTenantDetail & TenantCounts> {
  const [tenant] = await tx.select(operatorTenantColumns).from(tenants).where(eq(tenants.id, input.tenantId))
  if (!tenant) throw new DomainError('NOT_FOUND', 'tenant.notFound', { field: 'tenantId' })
  const counts = (await tenantCounts(tx, [tenant.id])).get(tenant.id) ?? noCounts
  await appendPlatformAudit(tx, { operatorUserId: operator.userId, action: 'tenant.viewed', targetTenantId: tenant.id })
  return { ...tenant, ...counts }
}
