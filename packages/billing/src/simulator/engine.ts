import { createHash } from 'node:crypto'

import Stripe from 'stripe'

import { stripeId } from './ids'
import type { Json, SimulatorStore } from './store'

export type WebhookEndpoint = 'platform' | 'connect'

/** Hands one signed event to the app's webhook route (`/api/webhooks/stripe[/connect]`). */
export type DeliverWebhook = (endpoint: WebhookEndpoint, payload: string, signature: string) => Promise<void>

export interface EventRequest {
  id: string | null
  idempotencyKey: string | null
}

interface PendingEvent {
  payload: string
  endpoint: WebhookEndpoint
  timestamp: number
}

export interface EngineOptions {
  store: SimulatorStore
  clock: () => Date
  deliver: DeliverWebhook
  webhookSecret: string
  connectWebhookSecret: string
  onDeliveryError: (error: unknown, eventId: string) => void
}

/**
 * One unit of work: reads and writes go to the store at once (state is saved before any event is
 * delivered, so a retrieve from inside the webhook sees it); events collect here and are signed and
 * delivered after the unit ends.
 */
export interface Unit {
  now: number
  read<T>(collection: string, id: string): Promise<T | null>
  write(collection: string, id: string, record: unknown): Promise<void>
  list<T>(collection: string): Promise<T[]>
  emit(type: string, account: string | null, object: unknown, previousAttributes?: Record<string, unknown>): void
}

export interface Engine {
  /** Runs `work` alone (units never interleave), then delivers its events in order. */
  run<T>(request: EventRequest, work: (unit: Unit) => Promise<T>, delivery: 'await' | 'background'): Promise<T>
  /** Resolves once every event queued so far has been handed to `deliver`. */
  idle(): Promise<void>
}

// JSON round trip: the store holds plain JSON; every object we build is JSON by construction.
const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json

export function hashKey(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}

export function createEngine(options: EngineOptions): Engine {
  let lock: Promise<unknown> = Promise.resolve()
  let deliveries: Promise<void> = Promise.resolve()

  const deliverAll = (events: PendingEvent[]): Promise<void> => {
    const chained = deliveries.then(async () => {
      for (const event of events) {
        const secret = event.endpoint === 'connect' ? options.connectWebhookSecret : options.webhookSecret
        const signature = Stripe.webhooks.generateTestHeaderString({
          payload: event.payload,
          secret,
          timestamp: event.timestamp,
        })
        try {
          await options.deliver(event.endpoint, event.payload, signature)
        } catch (error) {
          const parsed = JSON.parse(event.payload) as { id?: unknown }
          options.onDeliveryError(error, typeof parsed.id === 'string' ? parsed.id : 'unknown')
        }
      }
    })
    deliveries = chained
    return chained
  }

  return {
    async run(request, work, delivery) {
      const events: PendingEvent[] = []
      const next = lock.then(async () => {
        const nowDate = options.clock()
        const now = Math.floor(nowDate.getTime() / 1000)
        const unit: Unit = {
          now,
          read: async <T>(collection: string, id: string) => (await options.store.read(collection, id)) as T | null,
          write: (collection, id, record) => options.store.write(collection, id, toJson(record)),
          list: async <T>(collection: string) => (await options.store.list(collection)) as T[],
          emit(type, account, object, previousAttributes) {
            const event = {
              id: stripeId('evt'),
              object: 'event',
              account,
              api_version: Stripe.API_VERSION,
              created: now,
              data: previousAttributes ? { object, previous_attributes: previousAttributes } : { object },
              livemode: false,
              pending_webhooks: 1,
              request: { id: request.id, idempotency_key: request.idempotencyKey },
              type,
            }
            events.push({
              payload: JSON.stringify(event, null, 2),
              endpoint: account ? 'connect' : 'platform',
              timestamp: now,
            })
          },
        }
        return work(unit)
      })
      // The lock outlives a failed unit: the next one runs regardless.
      lock = next.catch(() => undefined)
      const result = await next
      const delivered = deliverAll(events)
      if (delivery === 'await') await delivered
      return result
    },
    idle: () => deliveries,
  }
}
