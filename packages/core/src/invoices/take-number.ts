import type { Tx } from '@portail/db'
import { tenantCounters } from '@portail/db/schema'
import { sql } from 'drizzle-orm'

export type CounterName = 'invoice' | 'credit_note' | 'receipt'

/**
 * The next number of one of the business's series, taken with an upsert … returning inside the
 * caller's transaction. The counter row stays locked until that transaction ends, so numbers are
 * gapless (a rollback gives the number back) and two issuers of one business take turns; other
 * businesses have rows of their own and never wait. Call it as late as the transaction allows:
 * everything after it runs while the lock is held.
 */
export async function takeNumber(tx: Tx, tenantId: string, name: CounterName): Promise<number> {
  const [row] = await tx
    .insert(tenantCounters)
    .values({ tenantId, name, value: 1 })
    .onConflictDoUpdate({
      target: [tenantCounters.tenantId, tenantCounters.name],
      set: { value: sql`${tenantCounters.value} + 1`, updatedAt: sql`now()` },
    })
    .returning({ value: tenantCounters.value })
  if (!row) throw new Error('counter upsert returned no row')
  return row.value
}

/**
 * The same upsert as a CTE (`with taken as (insert … returning value)`), for a statement that takes
 * the number and writes it at once: one statement between the lock and the commit.
 */
export const takeNumberCte = (tx: Tx, tenantId: string, name: CounterName) =>
  tx.$with('taken').as(
    tx
      .insert(tenantCounters)
      .values({ tenantId, name, value: 1 })
      .onConflictDoUpdate({
        target: [tenantCounters.tenantId, tenantCounters.name],
        set: { value: sql`${tenantCounters.value} + 1`, updatedAt: sql`now()` },
      })
      .returning({ value: tenantCounters.value }),
  )
