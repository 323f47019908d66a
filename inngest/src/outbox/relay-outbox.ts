import type { ActorContext, Database } from '@portail/db'
import { eventOutbox } from '@portail/db/schema'
import type { EventSink, WorkflowEvent } from '@portail/events'
import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm'

/** The relay works for every business from outside any: its role reads and marks the outbox only. */
const relayActor: ActorContext = { actor: 'outboxRelay', tenantId: null }

export interface RelayOutboxOptions {
  /** How many rows one claim takes (one send to the engine). */
  batch?: number
  /** How many claims one run makes at most, so one run (one workflow step) stays short. */
  maxBatches?: number
  now?: () => Date
  /**
   * How long a claimed row is left alone before another run may take it again: covers a relay that
   * died between claiming and recording. The event id dedupes the second send downstream.
   */
  leaseSeconds?: number
}

export interface OutboxRelayRun {
  delivered: number
  retrying: number
  /** Due rows were left for another run (every batch of this one was full). */
  more: boolean
}

/** 30 s, 1 min, 2 min… at most an hour: a row is retried for as long as it takes, never dropped. */
export const outboxRetryDelaySeconds = (attempts: number) => Math.min(30 * 2 ** Math.max(attempts - 1, 0), 3600)

interface Claimed {
  tenantId: string
  id: string
  attempts: number
  event: WorkflowEvent
}

/**
 * Delivers the transactional outbox to the workflow engine. In a short transaction it claims due
 * undelivered rows (FOR UPDATE SKIP LOCKED, so concurrent relays take different rows) and leases
 * them by pushing their next attempt past `leaseSeconds`; then, outside any transaction, it sends
 * them to the sink as events whose id is the outbox id (a row sent twice starts one run) and whose
 * `ts` is the outbox time (functions read it as when the change happened); then it records each
 * delivery, or the error and a next attempt with backoff. When a batch is refused it is sent again
 * one event at a time, so one poisoned row is retried alone and never holds back the others.
 */
export async function relayOutbox(
  database: Database,
  sink: EventSink,
  options: RelayOutboxOptions = {},
): Promise<OutboxRelayRun> {
  const batch = options.batch ?? 100
  const run: OutboxRelayRun = { delivered: 0, retrying: 0, more: false }
  for (let round = 0; round < (options.maxBatches ?? 10); round++) {
    const claimed = await claim(database, batch, options)
    await deliver(database, sink, claimed, run, options.now ?? (() => new Date()))
    run.more = claimed.length === batch
    if (!run.more) break
  }
  return run
}

async function claim(database: Database, batch: number, options: RelayOutboxOptions): Promise<Claimed[]> {
  const claimedAt = (options.now ?? (() => new Date()))()
  // The clock counts whole milliseconds, Postgres microseconds: a row written earlier within the
  // same millisecond is stamped after `claimedAt`, so the whole of that millisecond counts as due.
  const dueBefore = new Date(claimedAt.getTime() + 1)
  // One statement: the due rows (skipping those another relay holds) are leased and read back.
  // Returned rows come in no set order: sorted by when they were written, as they happened.
  const leased = await database.withTenant(relayActor, (tx) =>
    tx
      .update(eventOutbox)
      .set({
        attempts: sql`${eventOutbox.attempts} + 1`,
        nextAttemptAt: new Date(claimedAt.getTime() + (options.leaseSeconds ?? 120) * 1000),
      })
      .where(
        inArray(
          sql`(${eventOutbox.tenantId}, ${eventOutbox.id})`,
          tx
            .select({ tenantId: eventOutbox.tenantId, id: eventOutbox.id })
            .from(eventOutbox)
            .where(and(isNull(eventOutbox.deliveredAt), lt(eventOutbox.nextAttemptAt, dueBefore)))
            .orderBy(asc(eventOutbox.nextAttemptAt))
            .limit(batch)
            .for('update', { skipLocked: true }),
        ),
      )
      .returning({
        tenantId: eventOutbox.tenantId,
        id: eventOutbox.id,
        name: eventOutbox.name,
        payload: eventOutbox.payload,
        createdAt: eventOutbox.createdAt,
        attempts: eventOutbox.attempts,
      }),
  )
  return leased
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .map((row) => ({
      tenantId: row.tenantId,
      id: row.id,
      attempts: row.attempts,
      event: {
        id: row.id,
        name: row.name,
        // The tenant comes from the row, after the payload: a payload can never name another one.
        data: { ...row.payload, tenantId: row.tenantId },
        ts: row.createdAt.getTime(),
      },
    }))
}

async function deliver(
  database: Database,
  sink: EventSink,
  claimed: Claimed[],
  run: OutboxRelayRun,
  clock: () => Date,
): Promise<void> {
  if (claimed.length === 0) return
  const whole = await attempt(sink, claimed)
  if (whole === null) {
    await markDelivered(database, claimed, clock())
    run.delivered += claimed.length
    return
  }
  // The batch was refused as a whole: find the row(s) at fault by sending each alone.
  for (const row of claimed) {
    const error = claimed.length === 1 ? whole : await attempt(sink, [row])
    if (error === null) {
      await markDelivered(database, [row], clock())
      run.delivered += 1
    } else {
      await markRetry(database, row, error, clock())
      run.retrying += 1
    }
  }
}

/** Sends the events; null when the sink took them all, else why not. */
async function attempt(sink: EventSink, rows: Claimed[]): Promise<string | null> {
  try {
    await sink.send(rows.map((row) => row.event))
    return null
  } catch (error) {
    return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500)
  }
}

/** The rows' keys as one semi-join (a list of row constructors would not use the primary key). */
const keysOf = (rows: Claimed[]) =>
  sql`(select * from unnest(${`{${rows.map((row) => row.tenantId).join(',')}}`}::uuid[], ${`{${rows.map((row) => row.id).join(',')}}`}::uuid[]))`

const markDelivered = (database: Database, rows: Claimed[], at: Date) =>
  database.withTenant(relayActor, (tx) =>
    tx
      .update(eventOutbox)
      .set({ deliveredAt: at, lastError: null })
      .where(inArray(sql`(${eventOutbox.tenantId}, ${eventOutbox.id})`, keysOf(rows))),
  )

const markRetry = (database: Database, row: Claimed, error: string, at: Date) =>
  database.withTenant(relayActor, (tx) =>
    tx
      .update(eventOutbox)
      .set({
        lastError: error,
        nextAttemptAt: new Date(at.getTime() + outboxRetryDelaySeconds(row.attempts) * 1000),
      })
      .where(and(eq(eventOutbox.tenantId, row.tenantId), eq(eventOutbox.id, row.id))),
  )
