import type { Tx } from '@portail/db'
import { invoices } from '@portail/db/schema'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { balanceSql } from './invoice-view'

/** The client dashboard's "invoices due" card: how many of its invoices await payment, and how much. */
export async function invoicesDueSummary(
  tx: Tx,
  client: ClientActor,
): Promise<{ count: number; totalDueCents: number }> {
  const due = tx
    .select({ balance: balanceSql.as('balance') })
    .from(invoices)
    .where(
      and(
        eq(invoices.tenantId, client.tenantId),
        eq(invoices.clientId, client.clientId),
        eq(invoices.kind, 'invoice'),
        inArray(invoices.status, ['issued', 'partly_paid']),
      ),
    )
    .as('due')
  const [row] = await tx
    .select({
      count: sql<number>`count(*) filter (where ${due.balance} > 0)::int`,
      totalDueCents: sql<number>`coalesce(sum(${due.balance}), 0)::int`,
    })
    .from(due)
  return { count: row?.count ?? 0, totalDueCents: row?.totalDueCents ?? 0 }
}
