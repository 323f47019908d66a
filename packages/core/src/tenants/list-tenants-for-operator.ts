import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import type { TListTenantsInput } from '@portail/validators'
import { and, asc, gt, ilike, or, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { appendPlatformAudit } from '../audit/append-platform-audit'
import { containsPattern, decodeCursor, type Page, toPage } from '../cursor'
import type { OperatorTenantDetail } from './operator-tenant'

/** One line of the operator's tenant list: the detail without time zone, language and update time. */
export type OperatorTenantRow = Pick<
  OperatorTenantDetail,
  'id' | 'slug' | 'name' | 'trade' | 'status' | 'suspendedReason' | 'createdAt'
>

const cursorSchema = z.tuple([z.string()])

/**
 * The platform's tenant registry, for the operator console (runs as portail_operator, which reads
 * every tenant). Ordered by slug, which is unique, so the slug alone is the keyset. Reading across
 * tenants is itself audited, in the platform audit log.
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
  await appendPlatformAudit(tx, {
    operatorUserId: operator.userId,
    action: 'tenants.listed',
    data: { search: input.search ?? null, returned: Math.min(rows.length, input.limit) },
  })
  return toPage(rows, input.limit, (row) => [row.slug])
}
