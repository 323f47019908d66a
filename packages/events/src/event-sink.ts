import { platformTenantId } from '@portail/db'

/**
 * One event as a workflow engine takes it (Inngest's shape): `id` deduplicates (the outbox id for
 * domain events; Inngest drops a repeated id for 24 h, the embedded engine for ever), `ts` is when
 * the event happened in milliseconds (the outbox time, which functions read as "when").
 */
export interface WorkflowEvent {
  id?: string
  name: string
  data: Record<string, unknown>
  ts?: number
}

/**
 * Where workflow events go: the embedded engine of the web process, or Inngest (Cloud or
 * self-hosted). The boot wires one with `setEventSink`; nothing else in the code base knows which.
 * `send` resolves once the engine has accepted every event (stored, or acknowledged by Inngest)
 * and rejects when it has not, so the sender keeps the events to try again.
 */
export interface EventSink {
  send(events: WorkflowEvent[]): Promise<void>
}

export interface EventSinkOptions {
  /** Told of a nudge the sink refused (a nudge is never awaited, so nobody else would hear of it). */
  onNudgeError?: (error: unknown, kind: NudgeKind) => void
}

/** The work a nudge asks for: the event outbox relay, the mail relay, the SMS relay. */
export type NudgeKind = 'outbox' | 'mail' | 'sms'

/** The event each nudge sends; the relay functions trigger on it as well as on their cron. */
export const nudgeEventNames = {
  outbox: 'outbox/queued',
  mail: 'mail/queued',
  sms: 'sms/queued',
} as const satisfies Record<NudgeKind, string>

/** Platform-level events (nudges, cron) belong to no business: engines file them under this tenant id. */
export { platformTenantId }

interface NudgeState {
  inFlight: boolean
  again: boolean
}

interface Wiring {
  sink: EventSink
  options: EventSinkOptions
  nudges: Record<NudgeKind, NudgeState>
}

// On globalThis, not in a module variable: Next.js may evaluate this module more than once in one
// process (instrumentation and route bundles, hot reload), and all of them must see the one sink
// the boot wired.
const slot = Symbol.for('portail.events.sink')
type Holder = typeof globalThis & { [slot]?: Wiring }
const holder = globalThis as Holder

/** Wires the sink (boot), or unwires it with null (tests; a process shutting down). */
export function setEventSink(sink: EventSink | null, options: EventSinkOptions = {}): void {
  if (!sink) {
    delete holder[slot]
    return
  }
  holder[slot] = {
    sink,
    options,
    nudges: {
      outbox: { inFlight: false, again: false },
      mail: { inFlight: false, again: false },
      sms: { inFlight: false, again: false },
    },
  }
}

/** The wired sink, or null before boot wired one (a script, a test that does not need workflows). */
export function eventSink(): EventSink | null {
  return holder[slot]?.sink ?? null
}

/** A sink that throws instead of rejecting is still only a rejected promise here. */
function sendSafely(sink: EventSink, events: WorkflowEvent[]): Promise<void> {
  try {
    return sink.send(events)
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

/**
 * Tells the relay of `kind` that work was just committed, so it runs within a second instead of
 * at its next cron tick (the cron still catches anything a lost nudge left behind). Call it AFTER
 * the commit that queued the work, never inside the transaction: a relay woken before the commit
 * would find nothing. Fire-and-forget: never awaited, never throws, a no-op when no sink is wired.
 *
 * Nudges of one kind are coalesced: while one is being sent, later ones make a single follow-up
 * send once it is done (a relay run started by the first may have claimed its rows before the
 * later commits), so a burst of bookings costs two relay runs, not one per booking.
 */
export function nudge(kind: NudgeKind): void {
  const wiring = holder[slot]
  if (!wiring) return
  const state = wiring.nudges[kind]
  if (state.inFlight) {
    state.again = true
    return
  }
  state.inFlight = true
  const sendOnce = (): void => {
    sendSafely(wiring.sink, [{ name: nudgeEventNames[kind], data: { tenantId: platformTenantId } }])
      .catch((error: unknown) => wiring.options.onNudgeError?.(error, kind))
      .finally(() => {
        if (state.again) {
          state.again = false
          sendOnce()
        } else {
          state.inFlight = false
        }
      })
  }
  sendOnce()
}
