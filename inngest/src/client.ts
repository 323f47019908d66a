import { type EventName, type EventPayload, eventCatalog } from '@portail/events'
import { loggerFor } from '@portail/logger'
import { eventType, Inngest, type StandardSchemaV1 } from 'inngest'
import { z } from 'zod'
import { readInngestEnv } from './env'

const env = readInngestEnv()

/** An event sent through the client's `send` (or `step.sendEvent`), as the embedded engine takes it. */
export interface SentEvent {
  id?: string
  name: string
  data: Record<string, unknown>
  ts?: number
}

/** Where the embedded engine takes events sent in this process; answers their ids. */
export type LocalEventRoute = (events: SentEvent[]) => Promise<string[]>

// The embedded engine's route, set while it runs in this process (one per process, like the database).
const routeSlot = Symbol.for('portail.inngest.local-event-route')
type Holder = typeof globalThis & { [routeSlot]?: LocalEventRoute }

/**
 * Hands `inngest.send` and `step.sendEvent` to the embedded engine (or stops doing so with
 * `undefined`). The SDK posts events to its event API with `fetch`; the client's fetch below
 * answers that call in process while a route is set.
 */
export function routeEventsLocally(route: LocalEventRoute | undefined): void {
  const holder = globalThis as Holder
  if (route) holder[routeSlot] = route
  else delete holder[routeSlot]
}

/** The event key the client is given in embedded mode: never a real key, never sent anywhere. */
const embeddedEventKey = 'embedded-engine'

const eventSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()),
  ts: z.number().int().nonnegative().optional(),
})

const readSentEvents = (body: unknown): SentEvent[] => {
  if (typeof body !== 'string') throw new Error('the embedded engine takes events as a JSON string body')
  const parsed: unknown = JSON.parse(body)
  return z.array(eventSchema).max(1000).parse(parsed)
}

/**
 * The client's fetch: in embedded mode, event sends (POST /e/<key>) go to the engine of this
 * process and never to the network; everything else (and every call in Cloud or self-hosted
 * mode) is the platform's fetch.
 */
const clientFetch: typeof fetch = async (input, init) => {
  if (env.mode === 'embedded') {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.pathname.endsWith(`/e/${embeddedEventKey}`)) {
      const route = (globalThis as Holder)[routeSlot]
      if (!route) throw new Error('No workflow engine runs in this process: the event was not sent')
      const ids = await route(readSentEvents(init?.body))
      return Response.json({ ids, status: 200 })
    }
  }
  return fetch(input, init)
}

/**
 * Portail's Inngest client (app id `portail`). Never in development mode (`isDev: false`): the
 * served route always checks Inngest's request signature. In embedded mode the signing key is the
 * configured one or the one the engine generates at start-up (`useSigningKey`).
 */
export const inngest = new Inngest({
  id: 'portail',
  isDev: false,
  logger: loggerFor('inngest'),
  fetch: clientFetch,
  ...(env.mode === 'embedded'
    ? { eventKey: embeddedEventKey, signingKey: env.signingKey }
    : {
        eventKey: env.eventKey,
        signingKey: env.signingKey,
        signingKeyFallback: env.signingKeyFallback,
        baseUrl: env.baseUrl,
      }),
})

/** The engine's signing key, generated at start-up when none is configured (embedded mode only). */
export function useSigningKey(signingKey: string): void {
  // setEnvVars is the client's own way to receive configuration after construction.
  inngest.setEnvVars({ INNGEST_SIGNING_KEY: signingKey })
}

/** What a workflow receives for a catalog event: its payload plus the tenant the outbox row belongs to. */
export type TenantEventData<N extends EventName> = EventPayload<N> & { tenantId: string }

const tenantIdSchema = z.uuid()

const tenantEventSchema = <N extends EventName>(name: N): StandardSchemaV1<TenantEventData<N>> => {
  const payloadSchema: z.ZodType<Record<string, unknown>> = eventCatalog[name]
  return {
    '~standard': {
      version: 1,
      vendor: 'portail',
      validate: (value) => {
        // Catalog payloads are strict objects: tenantId (added by the outbox relay) is checked apart.
        const record = z.record(z.string(), z.unknown()).safeParse(value)
        if (!record.success) return { issues: [{ message: 'event data must be an object' }] }
        const { tenantId, ...payload } = record.data
        const issues = [
          ...(payloadSchema.safeParse(payload).error?.issues ?? []),
          ...(tenantIdSchema.safeParse(tenantId).error?.issues.map((issue) => ({ ...issue, path: ['tenantId'] })) ?? []),
        ]
        if (issues.length > 0) return { issues: issues.map(({ message, path }) => ({ message, path })) }
        return { value: value as TenantEventData<N> }
      },
    },
  }
}

/**
 * A typed trigger for a catalog event (`triggers: [catalogEvent('booking/confirmed')]`): the
 * function's `event.data` is the catalog payload plus `tenantId`, validated before the handler runs.
 */
export const catalogEvent = <N extends EventName>(name: N) => eventType(name, { schema: tenantEventSchema(name) })
