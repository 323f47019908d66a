import { AsyncLocalStorage } from 'node:async_hooks'
import { nudge } from './event-sink'

interface Scope {
  wrote: boolean
}

// Async-context state, not a mark on the transaction object: events are also written through
// savepoints (tx.transaction), which are other objects than the transaction that commits.
const scope = new AsyncLocalStorage<Scope>()

/** Called by sendEvent: the transaction running in this async context has written an event. */
export function noteEventWritten(): void {
  const current = scope.getStore()
  if (current) current.wrote = true
}

/**
 * Runs `commit` (a function that opens, runs and commits a transaction, such as withTenant) and,
 * once it has resolved, nudges the outbox relay if `sendEvent` wrote an event inside it, so the
 * workflows that event starts run within a second rather than at the relay's next cron tick. A
 * transaction that rolls back (`commit` rejects) nudges nothing; one that wrote no event neither.
 */
export async function nudgeOutboxAfter<T>(commit: () => Promise<T>): Promise<T> {
  const state: Scope = { wrote: false }
  const result = await scope.run(state, commit)
  if (state.wrote) nudge('outbox')
  return result
}
