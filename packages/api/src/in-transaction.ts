import { nudgeOutboxAfter } from '@portail/core/outbox-nudge'
import type { ActorContext, Database, Tx } from '@portail/db'

/**
 * Runs the rest of a procedure inside one `withTenant` transaction.
 *
 * tRPC's `next()` does not throw when the resolver fails: it returns `{ ok: false, error }`.
 * Returning that from the transaction callback would COMMIT whatever the resolver wrote before
 * failing. So a failed result is thrown inside the callback (the transaction rolls back) and
 * handed back, unchanged, once outside.
 *
 * A transaction that wrote a workflow event (a booking confirmed, cancelled, moved…) nudges the
 * outbox relay once it has committed, so the workflow starts within a second (nudgeOutboxAfter).
 */
export async function inTransaction<R extends { ok: boolean }>(
  database: Database,
  actor: ActorContext,
  run: (tx: Tx) => Promise<R>,
): Promise<R> {
  const rollback = { failed: undefined as R | undefined }
  const signal = new Error('procedure failed: rolling back')
  try {
    return await nudgeOutboxAfter(() =>
      database.withTenant(actor, async (tx) => {
        const result = await run(tx)
        if (!result.ok) {
          rollback.failed = result
          throw signal
        }
        return result
      }),
    )
  } catch (error) {
    if (error === signal && rollback.failed) return rollback.failed
    throw error
  }
}
