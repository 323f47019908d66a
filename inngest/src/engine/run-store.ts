import type { ActorContext, Database, Tx } from '@portail/db'
import { workflowEvents, workflowRuns } from '@portail/db/schema'
import { and, asc, eq, inArray, lt, lte, ne, type SQL, sql } from 'drizzle-orm'

/** The engine acts outside any tenant: its two tables hold every business's runs. */
const engineActor: ActorContext = { actor: 'workflowEngine', tenantId: null }

/** An event as runs store it and the executor sends it: `ts` in milliseconds. */
export interface StoredEvent {
  id: string
  name: string
  data: Record<string, unknown>
  ts: number
}

/** A memoised step: its value, or the error it failed with after its last attempt. */
export type StepResult = { type: 'data'; data: unknown } | { type: 'error'; error: unknown }

export interface ClaimedRun {
  tenantId: string
  id: string
  functionId: string
  event: StoredEvent
  steps: Record<string, StepResult>
  stack: string[]
  attempt: number
  /** The lease this claim holds: every write below is fenced by it (another claim changes it). */
  lease: Date
}

/** A condition of a cancelOn, as SQL on the run's event: the value at `path` equals `value`. */
export interface EventMatch {
  path: string[]
  value: unknown
}

export interface NewRun {
  functionId: string
  /** When it may start (now, or a cron slot). */
  wakeAt: Date
}

export interface CancelRequest {
  functionId: string
  matches: EventMatch[]
}

/** One event of a batch, with what it cancels and starts. */
export interface AcceptedEvent {
  tenantId: string
  event: StoredEvent
  cancels: CancelRequest[]
  starts: NewRun[]
}

const live = ['queued', 'sleeping', 'running'] as const

const asEvent = (value: Record<string, unknown>): StoredEvent => ({
  id: String(value.id),
  name: String(value.name),
  data: value.data !== null && typeof value.data === 'object' ? (value.data as Record<string, unknown>) : {},
  ts: typeof value.ts === 'number' ? value.ts : 0,
})

const jsonPath = (path: string[]) => `{${path.join(',')}}`

const eventMatches = (matches: EventMatch[]): SQL[] =>
  // $1::text::jsonb: postgres.js would re-encode a string bound straight to jsonb.
  matches.map(
    ({ path, value }) =>
      sql`${workflowRuns.event} #> ${jsonPath(path)}::text[] = ${JSON.stringify(value)}::text::jsonb`,
  )

/**
 * The engine's only door to its tables, every statement as the workflowEngine actor. Writes to a
 * claimed run are fenced by its lease (`status = 'running' and locked_until = lease`): a run
 * cancelled meanwhile, or whose lease expired and was claimed again elsewhere, is left alone and
 * the write says so (false).
 */
export class RunStore {
  constructor(private readonly database: Database) {}

  private tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.database.withTenant(engineActor, fn)
  }

  /**
   * Records an event once (a redelivered id changes nothing and returns false), cancels the live
   * runs it cancels (never the run this event starts, never a run started by a newer event), and
   * creates the runs it starts: one transaction.
   */
  async accept(
    tenantId: string,
    event: StoredEvent,
    cancels: CancelRequest[],
    starts: NewRun[],
    now: Date,
  ): Promise<boolean> {
    const [accepted] = await this.acceptAll([{ tenantId, event, cancels, starts }], now)
    return accepted ?? false
  }

  /**
   * `accept` for a batch of events (what the outbox relay hands over), in one transaction and as
   * if accepted one after another: the events are recorded with one statement; then, in order,
   * each new event's cancellations run after the runs of the events before it exist, and runs
   * are created together between cancellations. An id seen before (or earlier in the batch) is
   * false and changes nothing.
   */
  async acceptAll(items: AcceptedEvent[], now: Date): Promise<boolean[]> {
    if (items.length === 0) return []
    return this.tx(async (tx) => {
      const inserted = await tx
        .insert(workflowEvents)
        .values(
          items.map(({ tenantId, event }) => ({
            tenantId,
            id: event.id,
            name: event.name,
            data: event.data,
            ts: new Date(event.ts),
            receivedAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ tenantId: workflowEvents.tenantId, id: workflowEvents.id })
      const fresh = new Set(inserted.map((row) => `${row.tenantId}:${row.id}`))
      const pending: (NewRun & { tenantId: string; event: StoredEvent })[] = []
      const flush = async () => {
        if (pending.length === 0) return
        await tx
          .insert(workflowRuns)
          .values(
            pending.splice(0).map((start) => ({
              tenantId: start.tenantId,
              functionId: start.functionId,
              eventId: start.event.id,
              event: { ...start.event },
              status: 'queued' as const,
              wakeAt: start.wakeAt,
              createdAt: now,
              updatedAt: now,
            })),
          )
          .onConflictDoNothing()
      }
      const accepted: boolean[] = []
      for (const { tenantId, event, cancels, starts } of items) {
        // The first of two equal ids in one batch is the one recorded.
        if (!fresh.delete(`${tenantId}:${event.id}`)) {
          accepted.push(false)
          continue
        }
        if (cancels.length > 0) await flush()
        for (const cancel of cancels) {
          await tx
            .update(workflowRuns)
            .set({ status: 'cancelled', cancelledBy: event.id, lockedUntil: null, finishedAt: now, updatedAt: now })
            .where(
              and(
                eq(workflowRuns.tenantId, tenantId),
                eq(workflowRuns.functionId, cancel.functionId),
                inArray(workflowRuns.status, [...live]),
                ne(workflowRuns.eventId, event.id),
                // An event redelivered late must not cancel a run started after it happened.
                sql`(${workflowRuns.event} ->> 'ts')::bigint <= ${event.ts}`,
                ...eventMatches(cancel.matches),
              ),
            )
        }
        pending.push(...starts.map((start) => ({ ...start, tenantId, event })))
        accepted.push(true)
      }
      await flush()
      return accepted
    })
  }

  /**
   * Claims up to `limit` runs due at `now` (sleeping or queued with wake_at passed, or running
   * with an expired lease: their process died), with FOR UPDATE SKIP LOCKED so concurrent engines
   * take different runs, and leases them until `leaseUntil`.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRun[]> {
    return this.tx(async (tx) => {
      const columns = {
        tenantId: workflowRuns.tenantId,
        id: workflowRuns.id,
        functionId: workflowRuns.functionId,
        event: workflowRuns.event,
        steps: workflowRuns.steps,
        stack: workflowRuns.stack,
        attempt: workflowRuns.attempt,
      }
      // Two statements rather than one OR: each is served by its own partial index.
      const expired = await tx
        .select(columns)
        .from(workflowRuns)
        .where(and(eq(workflowRuns.status, 'running'), lt(workflowRuns.lockedUntil, now)))
        .orderBy(asc(workflowRuns.lockedUntil))
        .limit(limit)
        .for('update', { skipLocked: true })
      const due =
        expired.length >= limit
          ? []
          : await tx
              .select(columns)
              .from(workflowRuns)
              .where(and(inArray(workflowRuns.status, ['queued', 'sleeping']), lte(workflowRuns.wakeAt, now)))
              .orderBy(asc(workflowRuns.wakeAt))
              .limit(limit - expired.length)
              .for('update', { skipLocked: true })
      const claimed = [...expired, ...due]
      if (claimed.length === 0) return []
      await tx
        .update(workflowRuns)
        .set({ status: 'running', lockedUntil: leaseUntil, updatedAt: now })
        // Both key columns: `id` alone is the primary key's second column, and would scan the table.
        .where(
          and(
            inArray(workflowRuns.tenantId, [...new Set(claimed.map((run) => run.tenantId))]),
            inArray(
              workflowRuns.id,
              claimed.map((run) => run.id),
            ),
          ),
        )
      return claimed.map((run) => ({
        tenantId: run.tenantId,
        id: run.id,
        functionId: run.functionId,
        event: asEvent(run.event),
        steps: run.steps as Record<string, StepResult>,
        stack: run.stack,
        attempt: run.attempt,
        lease: leaseUntil,
      }))
    })
  }

  private async write(
    run: ClaimedRun,
    values: Partial<typeof workflowRuns.$inferInsert>,
  ): Promise<boolean> {
    const updated = await this.tx((tx) =>
      tx
        .update(workflowRuns)
        .set(values)
        .where(
          and(
            eq(workflowRuns.tenantId, run.tenantId),
            eq(workflowRuns.id, run.id),
            eq(workflowRuns.status, 'running'),
            eq(workflowRuns.lockedUntil, run.lease),
          ),
        )
        .returning({ id: workflowRuns.id }),
    )
    return updated.length === 1
  }

  /** A step finished: its result memoised, the lease renewed. False: the run is no longer ours. */
  async saveStep(run: ClaimedRun, now: Date, leaseUntil: Date): Promise<boolean> {
    const ok = await this.write(run, {
      steps: run.steps,
      stack: run.stack,
      attempt: 0,
      error: null,
      lockedUntil: leaseUntil,
      updatedAt: now,
    })
    if (ok) run.lease = leaseUntil
    return ok
  }

  /** Asleep until `wakeAt` (a sleep step, memoised as done, or a retry after an error). */
  async sleep(run: ClaimedRun, now: Date, wakeAt: Date, error: string | null = null): Promise<boolean> {
    return this.write(run, {
      steps: run.steps,
      stack: run.stack,
      attempt: run.attempt,
      status: error === null ? 'sleeping' : 'queued',
      wakeAt,
      error,
      lockedUntil: null,
      updatedAt: now,
    })
  }

  async finish(
    run: ClaimedRun,
    now: Date,
    outcome: { status: 'completed'; output: unknown } | { status: 'failed'; error: string },
  ): Promise<boolean> {
    return this.write(run, {
      steps: run.steps,
      stack: run.stack,
      status: outcome.status,
      output: outcome.status === 'completed' ? (outcome.output ?? null) : null,
      error: outcome.status === 'failed' ? outcome.error : null,
      lockedUntil: null,
      finishedAt: now,
      updatedAt: now,
    })
  }

  /** The earliest moment a run becomes due (a wake-up, or a lease running out), or null. */
  async nextWakeAt(): Promise<Date | null> {
    return this.tx(async (tx) => {
      const [sleeping] = await tx
        .select({ at: workflowRuns.wakeAt })
        .from(workflowRuns)
        .where(inArray(workflowRuns.status, ['queued', 'sleeping']))
        .orderBy(asc(workflowRuns.wakeAt))
        .limit(1)
      const [leased] = await tx
        .select({ at: workflowRuns.lockedUntil })
        .from(workflowRuns)
        .where(eq(workflowRuns.status, 'running'))
        .orderBy(asc(workflowRuns.lockedUntil))
        .limit(1)
      const times = [sleeping?.at, leased?.at].filter((at): at is Date => at instanceof Date)
      return times.length === 0 ? null : new Date(Math.min(...times.map((at) => at.getTime())))
    })
  }
}
