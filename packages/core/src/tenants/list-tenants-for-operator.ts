import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import type { TListTenantsInput } from '@portail/validators'
import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { appendPlatformAudit } from '../audit/append-platform-audit'
import { containsPattern, decodeCursor, type Page, toPage } from '../cursor'
import type { OperatorTenantDetail } from './operator-tenant'
import { noCounts, type TenantCounts, tenantCounts } from './tenant-counts'

/**
 * One line of the operator's tenant list: the detail without time zone, language and update time,
 * with its member and client counts.
 */
export type OperatorTenantRow = Pick<
  OperatorTenantDetail,
  'id' | 'slug' | 'name' | 'trade' | 'status' | 'suspendedReason' | 'createdAt'
> &
  TenantCounts

const cursorSchema = z.tuple([z.string()])

/**
 * The platform's tenant registry, for the operator console (runs as portail_operator, which reads
 * every tenant), optionally one status only. Ordered by slug, which is unique, so the slug alone is
 * the keyset. Counts come from portail_private.tenant_counts for the page's businesses only.
 * Reading across tenants is itself audited, in the platform audit log.
 */
export async function listTenantsForOperator(
  tx: Tx,
  operator: { userId: string },
  input: Omit<TListTenantsInput, 'limit'> & { limit: number },
): Promise<Page<OperatorTenantRow>> {
  const filters: (SQL | undefined)[] = []
  if (input.cursor) filters.push(gt(tenants.slug, decodeCursor(input.cursor, cursorSchema)[0]))
  if (input.search) {
    const pattern = containsPattern(input.search)
    filters.push(or(ilike(tenants.name, pattern), ilike(tenants.slug, pattern)))
  }
  if (input.status) filters.push(eq(tenants.status, input.status))
  const rows = await tx
    .select({
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      trade: tenants.trade,
      status: tenants.status,
      suspendedReason: tenants.suspendedReason,
      createdAt: tenants.createdAt,
    })
    .from(tenants)
    .where(and(...filters))
    .orderBy(asc(tenants.slug))
    .limit(input.limit + 1)
  const page = toPage(rows, input.limit, (row) => [row.slug])
  const counts = await tenantCounts(
    tx,
    page.items.map((row) => row.id),
  )
  await appendPlatformAudit(tx, {
    operatorUserId: operator.userId,
    action: 'tenants.listed',
    data: { search: input.search ?? null, status: input.status ?? null, returned: page.items.length },
  })
  return { ...page, items: page.items.map((row) => ({ ...row, ...(counts.get(row.id) ?? noCounts) })) }
}
