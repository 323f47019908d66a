import { randomUUID } from 'node:crypto'
import type { Database } from '@portail/db'
import { platformTenantId } from '@portail/db'
import type { Logger } from '@portail/logger'
import { internalEvents } from 'inngest'
import { z } from 'zod'
import { callFunction, type CallOutcome } from './executor-call'
import { holds, type Operand, operandValue } from './expression'
import { type EngineFunction, type ServeHandler, syncFunctions } from './function-registry'
import { type CancelRequest, type ClaimedRun, type EventMatch, type NewRun, RunStore, type StoredEvent } from './run-store'

/** An event as senders hand it over (contract: `WorkflowEvent` of @portail/events). */
export interface IncomingEvent {
  id?: string
  name: string
  data: Record<string, unknown>
  ts?: number
}

export interface EmbeddedEngineOptions {
  database: Database
  /** The very `serve()` handler `/api/inngest` answers with (POST and PUT). */
  handler: ServeHandler
  signingKey: string
  /** The URL calls are addressed to (never fetched: the handler is called in process). */
  url?: string
  /** The engine's notion of now: wake-ups, leases, cron slots (tests move it by hand). */
  clock?: () => Date
  /** How long a claimed run is ours before another engine may resume it (a crash). */
  leaseMs?: number
  /** Runs claimed per batch, and how many of them run at once. */
  batch?: number
  concurrency?: number
  /** Arm a timer at the next wake-up (default). Tests that drive `runDue` themselves turn it off. */
  timers?: boolean
  log?: Pick<Logger, 'info' | 'warn' | 'error'>
}

const uuid = z.uuid()
/** Calls per claim: a run with more steps than this is put back and picked up again. */
const callsPerClaim = 200
/** 15 s, 30 s, 1 min… at most an hour between attempts. */
export const retryDelayMs = (attempt: number) => Math.min(15_000 * 2 ** Math.max(attempt - 1, 0), 3_600_000)
/** setTimeout's ceiling (about 24.8 days): a farther wake-up re-arms on the way. */
const maxTimerMs = 2_147_483_647

/** The operand when it reads the run's own event (`event.*`). */
const onRunEvent = (operand: Operand): Extract<Operand, { kind: 'path' }> | null =>
  operand.kind === 'path' && operand.root === 'event' ? operand : null

const tenantOf = (data: Record<string, unknown>): string => {
  const parsed = uuid.safeParse(data.tenantId)
  return parsed.success ? parsed.data : platformTenantId
}

/**
 * The embedded durable engine: Inngest's executor, reduced to what Portail's functions use, in the
 * web process. Events and runs live in `workflow_events` / `workflow_runs` (workflowEngine actor);
 * each step is a signed call to the served handler, whose result is memoised before the next, so
 * a restart (or another process, once the lease runs out) resumes every run where it stood. It
 * polls nothing but its own next wake-up: one timer, re-armed by `send` and after each pass.
 */
export class EmbeddedEngine {
  private readonly store: RunStore
  private readonly clock: () => Date
  private readonly url: string
  private readonly leaseMs: number
  private readonly batch: number
  private readonly concurrency: number
  private readonly byId = new Map<string, EngineFunction>()
  private readonly nextCronSlot = new Map<string, Date>()
  private timer: NodeJS.Timeout | undefined
  private passing: Promise<void> | undefined
  private again = false
  private stopped = false

  private constructor(
    private readonly options: EmbeddedEngineOptions,
    readonly functions: readonly EngineFunction[],
  ) {
    this.store = new RunStore(options.database)
    this.clock = options.clock ?? (() => new Date())
    this.url = options.url ?? 'http://embedded.portail.invalid/api/inngest'
    this.leaseMs = options.leaseMs ?? 120_000
    this.batch = options.batch ?? 20
    this.concurrency = options.concurrency ?? 4
    for (const fn of functions) this.byId.set(fn.id, fn)
    const now = this.clock()
    for (const fn of functions) {
      const slots = fn.crons.map((cron) => cron.next(now).getTime())
      if (slots.length > 0) this.nextCronSlot.set(fn.id, new Date(Math.min(...slots)))
    }
  }

  /**
   * Reads the served functions (an unsupported option throws here, naming function and feature),
   * then runs whatever is due and arms the timer.
   */
  static async start(options: EmbeddedEngineOptions): Promise<EmbeddedEngine> {
    const functions = await syncFunctions(options.handler, {
      url: options.url ?? 'http://embedded.portail.invalid/api/inngest',
      signingKey: options.signingKey,
    })
    const engine = new EmbeddedEngine(options, functions)
    if (options.timers ?? true) engine.wake()
    return engine
  }

  /** EventSink: records each event once, cancels and starts runs, then wakes the runner. */
  async send(events: IncomingEvent[]): Promise<void> {
    await this.accept(events)
  }

  /** `send`, answering each event's id (the SDK's event API answers them). */
  async accept(events: IncomingEvent[]): Promise<string[]> {
    const now = this.clock()
    const items = events.map((incoming) => {
      const event: StoredEvent = {
        id: incoming.id ?? randomUUID(),
        name: incoming.name,
        data: incoming.data,
        ts: incoming.ts ?? now.getTime(),
      }
      return { tenantId: tenantOf(event.data), event, ...this.effectsOf(event, now) }
    })
    // One transaction for the batch (a relay claim): as if each were accepted in turn.
    await this.store.acceptAll(items, now)
    if (this.options.timers ?? true) this.wake()
    return items.map((item) => item.event.id)
  }

  private async record(tenantId: string, event: StoredEvent, only?: EngineFunction): Promise<boolean> {
    const now = this.clock()
    if (only) return this.store.accept(tenantId, event, [], [{ functionId: only.id, wakeAt: now }], now)
    const { cancels, starts } = this.effectsOf(event, now)
    return this.store.accept(tenantId, event, cancels, starts, now)
  }

  /** The runs an event cancels (cancelOn) and the runs it starts (triggers). */
  private effectsOf(event: StoredEvent, now: Date): { cancels: CancelRequest[]; starts: NewRun[] } {
    const cancels: CancelRequest[] = []
    for (const fn of this.functions) {
      for (const cancel of fn.cancelOn) {
        if (cancel.event !== event.name) continue
        const matches = this.cancelMatches(cancel.condition, event)
        if (matches) cancels.push({ functionId: fn.id, matches })
      }
    }
    const starts = this.functions
      .filter((fn) => fn.events.some((t) => t.event === event.name && holds(t.condition, { event })))
      .map((fn) => ({ functionId: fn.id, wakeAt: now }))
    return { cancels, starts }
  }

  /**
   * A cancelOn condition as SQL on the run's own event (`event.*`), with the incoming event's
   * values (`async.*`) and literals filled in; null when it cannot match.
   */
  private cancelMatches(
    condition: readonly (readonly [Operand, Operand])[],
    incoming: StoredEvent,
  ): EventMatch[] | null {
    const matches: EventMatch[] = []
    for (const [left, right] of condition) {
      const runSide = onRunEvent(left) ?? onRunEvent(right)
      const other = runSide === left ? right : left
      if (!runSide) {
        if (!holds([[left, right]], { async: incoming })) return null
        continue
      }
      const value = operandValue(other, { async: incoming })
      if (value === undefined) return null
      matches.push({ path: runSide.path, value })
    }
    return matches
  }

  /** Runs every due run until none is left (tests call it after moving their clock). */
  async runDue(): Promise<void> {
    if (this.passing) {
      // A pass is under way: it goes round once more, so nothing sent meanwhile waits for a timer.
      this.again = true
      return this.passing
    }
    this.passing = this.pass().finally(() => {
      this.passing = undefined
    })
    return this.passing
  }

  private async pass(): Promise<void> {
    do {
      this.again = false
      await this.fireCrons()
      for (;;) {
        const now = this.clock()
        const claimed = await this.store.claimDue(now, new Date(now.getTime() + this.leaseMs), this.batch)
        if (claimed.length === 0) break
        await this.runAll(claimed)
      }
    } while (this.again && !this.stopped)
  }

  private async runAll(runs: ClaimedRun[]): Promise<void> {
    const queue = [...runs]
    const worker = async () => {
      for (let run = queue.shift(); run; run = queue.shift()) {
        try {
          await this.drive(run)
        } catch (error) {
          // The lease runs out and the run is resumed later: a database hiccup must not lose it.
          this.options.log?.error({ err: error, runId: run.id, functionId: run.functionId }, 'workflow run step failed')
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, runs.length) }, worker))
  }

  private async fireCrons(): Promise<void> {
    const now = this.clock()
    for (const [functionId, slot] of this.nextCronSlot) {
      if (slot.getTime() > now.getTime()) continue
      const fn = this.byId.get(functionId)
      if (!fn) continue
      // One run per slot however many processes tick: the slot names the event, and the event
      // is recorded once. A slot missed while no process ran is not made up (as on Inngest).
      const cron = fn.crons.find((c) => c.next(new Date(slot.getTime() - 60_000)).getTime() === slot.getTime())
      await this.record(
        platformTenantId,
        {
          id: `cron:${functionId}:${slot.toISOString()}`,
          name: internalEvents.ScheduledTimer,
          data: { cron: cron?.expression ?? '' },
          ts: slot.getTime(),
        },
        fn,
      )
      const next = fn.crons.map((c) => c.next(now).getTime())
      this.nextCronSlot.set(functionId, new Date(Math.min(...next)))
    }
  }

  /** Calls the function step after step until it sleeps, waits for a retry, ends, or is no longer ours. */
  private async drive(run: ClaimedRun): Promise<void> {
    const fn = this.byId.get(run.functionId)
    if (!fn) {
      await this.store.finish(run, this.clock(), { status: 'failed', error: `no served function ${run.functionId}` })
      return
    }
    for (let call = 0; call < callsPerClaim; call++) {
      const outcome = await callFunction(run, {
        handler: this.options.handler,
        url: this.url,
        signingKey: this.options.signingKey,
        maxAttempts: fn.maxAttempts,
        now: this.clock(),
      }).catch((error: unknown): CallOutcome => ({
        // The handler itself threw or answered garbage: an attempt like any other, so it ends.
        kind: 'retry',
        error: `the served handler failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000),
        retryAfter: null,
      }))
      const now = this.clock()
      switch (outcome.kind) {
        case 'step':
          run.steps[outcome.stepId] = outcome.result
          run.stack.push(outcome.stepId)
          run.attempt = 0
          if (!(await this.store.saveStep(run, now, new Date(now.getTime() + this.leaseMs)))) return
          continue
        case 'sleep':
          run.steps[outcome.stepId] = { type: 'data', data: null }
          run.stack.push(outcome.stepId)
          run.attempt = 0
          if (outcome.until.getTime() <= now.getTime()) {
            if (!(await this.store.saveStep(run, now, new Date(now.getTime() + this.leaseMs)))) return
            continue
          }
          await this.store.sleep(run, now, outcome.until)
          return
        case 'completed':
          await this.store.finish(run, now, { status: 'completed', output: outcome.output })
          return
        case 'retry': {
          run.attempt += 1
          if (run.attempt >= fn.maxAttempts) {
            await this.fail(run, now, outcome.error, { name: 'Error', message: outcome.error })
            return
          }
          const at = outcome.retryAfter ?? new Date(now.getTime() + retryDelayMs(run.attempt))
          await this.store.sleep(run, now, at, outcome.error)
          return
        }
        case 'failed':
          await this.fail(run, now, outcome.error, outcome.serialized)
          return
      }
    }
    // A very long run: put it back due now, so other runs get their turn first.
    await this.store.sleep(run, this.clock(), this.clock())
  }

  /** The run failed for good; its function's onFailure handler (if any) gets `inngest/function.failed`. */
  private async fail(run: ClaimedRun, now: Date, error: string, serialized: unknown): Promise<void> {
    if (!(await this.store.finish(run, now, { status: 'failed', error }))) return
    this.options.log?.warn({ runId: run.id, functionId: run.functionId, error }, 'workflow run failed')
    const failure = this.byId.get(`${run.functionId}-failure`)
    if (!failure) return
    const errorObject =
      serialized !== null && typeof serialized === 'object' && 'message' in serialized
        ? serialized
        : { name: 'Error', message: error }
    await this.record(
      run.tenantId,
      {
        id: `failed:${run.id}`,
        name: internalEvents.FunctionFailed,
        data: { function_id: run.functionId, run_id: run.id, error: errorObject, event: run.event },
        ts: now.getTime(),
      },
      failure,
    )
    this.again = true
  }

  /** Runs what is due now, then sleeps until the next wake-up (a run or a cron slot). */
  private wake(): void {
    if (this.stopped) return
    clearTimeout(this.timer)
    this.timer = undefined
    void this.runDue()
      .then(() => this.arm())
      .catch((error: unknown) => {
        this.options.log?.error({ err: error }, 'workflow engine pass failed')
        // Try again in a while rather than never: the database may be back by then.
        if (!this.stopped) this.timer = setTimeout(() => this.wake(), 5_000).unref()
      })
  }

  private async arm(): Promise<void> {
    if (this.stopped || this.passing) return
    const next = await this.store.nextWakeAt()
    const slots = [...this.nextCronSlot.values()].map((slot) => slot.getTime())
    const times = [...(next ? [next.getTime()] : []), ...slots]
    if (times.length === 0 || this.stopped || this.passing) return
    const delay = Math.max(0, Math.min(Math.min(...times) - this.clock().getTime(), maxTimerMs))
    clearTimeout(this.timer)
    // unref: a pending wake-up alone never keeps a stopping process alive.
    this.timer = setTimeout(() => this.wake(), delay).unref()
  }

  /** Stops the timer and waits for the pass under way; runs left mid-step resume after their lease. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.passing
  }
}
