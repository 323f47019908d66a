import { AsyncLocalStorage } from 'node:async_hooks'
import { nudge, type NudgeKind } from './event-sink'

interface Scope {
  queued: Set<NudgeKind>
}

// Async-context state, not a mark on the transaction object: events are also written through
// savepoints (tx.transaction), which are other objects than the transaction that commits.
const scope = new AsyncLocalStorage<Scope>()

/**
 * Called once a transaction running in this async context has queued work for a relay: sendEvent
 * does it for the outbox; callers of queueMail / queueSms say 'mail' / 'sms' (those packages sit
 * under this one). Outside `nudgeOutboxAfter` it does nothing (the relays' cron catches up).
 */
export function noteQueued(kind: NudgeKind): void {
  scope.getStore()?.queued.add(kind)
}

/** Called by sendEvent: the transaction running in this async context has written an event. */
export const noteEventWritten = (): void => noteQueued('outbox')

/**
 * Runs `commit` (a function that opens, runs and commits a transaction, such as withTenant) and,
 * once it has resolved, nudges the relay of each kind of work it queued (an event written by
 * `sendEvent`, mail or texts noted with `noteQueued`), so the workflows that event starts, or the
 * message, go out within a second rather than at the relay's next cron tick. A transaction that
 * rolls back (`commit` rejects) nudges nothing; one that queued nothing neither.
 */
export async function nudgeOutboxAfter<T>(commit: () => Promise<T>): Promise<T> {
  const state: Scope = { queued: new Set() }
  const result = await scope.run(state, commit)
  for (const kind of state.queued) nudge(kind)
  return result
}
