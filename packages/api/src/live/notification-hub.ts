import type { Database, Listening } from '@portail/db'
import { loggerFor } from '@portail/logger'
import { notificationsChannel, parseNotificationPing, recipientKey } from './notification-ping'

const log = loggerFor('live')

/** Wakes one subscriber: `next()` resolves true when something may have arrived, false once it is closed. */
export interface Wakeup {
  next(): Promise<boolean>
  close(): void
}

/**
 * The process's one LISTEN on the notifications channel, fanned out in memory. A ping wakes only
 * the subscribers of its recipient (tenant, kind, id); every other subscriber never hears of it.
 * When the LISTEN comes back after its connection dropped (Postgres), every subscriber is woken
 * to re-read, since a NOTIFY sent during the gap is lost: the read, not the ping, is what counts.
 */
export class NotificationHub {
  private readonly subscribers = new Map<string, Set<() => void>>()
  private listening: Promise<Listening> | null = null
  private listens = 0

  constructor(private readonly database: Pick<Database, 'listen'>) {}

  /** Starts the LISTEN on first use; resolves once it is in place (a failed start is retried on the next call). */
  async ready(): Promise<void> {
    this.listening ??= this.database
      .listen(notificationsChannel, {
        onNotify: (payload) => this.deliver(payload),
        onListen: () => this.listened(),
      })
      .catch((error: unknown) => {
        this.listening = null
        throw error
      })
    await this.listening
  }

  /** How many subscribers are waiting (for the benchmark and tests). */
  get subscriberCount(): number {
    let count = 0
    for (const set of this.subscribers.values()) count += set.size
    return count
  }

  /**
   * Registers a subscriber of one recipient. Pings that arrive while it is busy reading are
   * remembered as one: a single read of "everything after the last seen id" covers them all.
   */
  watch(tenantId: string, kind: 'client' | 'staff', recipientId: string, signal?: AbortSignal): Wakeup {
    const key = recipientKey(tenantId, kind, recipientId)
    let pending = false
    let closed = false
    let resolveWaiter: ((awake: boolean) => void) | null = null
    const wake = () => {
      if (resolveWaiter) {
        const resolve = resolveWaiter
        resolveWaiter = null
        resolve(true)
      } else pending = true
    }
    const close = () => {
      if (closed) return
      closed = true
      const set = this.subscribers.get(key)
      set?.delete(wake)
      if (set?.size === 0) this.subscribers.delete(key)
      signal?.removeEventListener('abort', close)
      const resolve = resolveWaiter
      resolveWaiter = null
      resolve?.(false)
    }
    const set = this.subscribers.get(key) ?? new Set()
    set.add(wake)
    this.subscribers.set(key, set)
    if (signal?.aborted) close()
    else signal?.addEventListener('abort', close, { once: true })
    return {
      next() {
        if (closed) return Promise.resolve(false)
        if (pending) {
          pending = false
          return Promise.resolve(true)
        }
        return new Promise<boolean>((resolve) => {
          resolveWaiter = resolve
        })
      },
      close,
    }
  }

  /** Stops listening (tests, shutdown); subscribers stay registered and hear nothing more. */
  async close(): Promise<void> {
    const listening = this.listening
    this.listening = null
    if (listening) await (await listening).close()
  }

  private deliver(payload: string) {
    const ping = parseNotificationPing(payload)
    if (!ping) {
      log.warn({ channel: notificationsChannel }, 'ignored a notification ping that is not ids')
      return
    }
    const set = this.subscribers.get(recipientKey(ping.tenantId, ping.recipientKind, ping.recipientId))
    if (set) for (const wake of set) wake()
  }

  private listened() {
    this.listens += 1
    if (this.listens === 1) return
    log.info({ channel: notificationsChannel }, 'listening again after a reconnect: every subscriber re-reads')
    for (const set of this.subscribers.values()) for (const wake of set) wake()
  }
}

const hubs = new WeakMap<Pick<Database, 'listen'>, NotificationHub>()

/** The hub of a database: one per process and database, made on first use. */
export function notificationHubFor(database: Pick<Database, 'listen'>): NotificationHub {
  const existing = hubs.get(database)
  if (existing) return existing
  const hub = new NotificationHub(database)
  hubs.set(database, hub)
  return hub
}
