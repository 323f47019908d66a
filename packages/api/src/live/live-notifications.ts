import {
  type InAppNotification,
  type InAppRecipient,
  newestNotificationId,
  notificationsAfter,
} from '@portail/core/in-app-notifications'
import type { ActorContext, Database, Tx } from '@portail/db'
import { tracked, type TrackedEnvelope } from '@trpc/server'
import type { NotificationHub } from './notification-hub'

/** Read at most this many per transaction; a longer backlog is read in several. */
const batchSize = 50

/** Below every UUID: "everything" for a recipient that has no notification yet. */
const beforeAll = '00000000-0000-0000-0000-000000000000'

/** The reader: the recipient's own actor, so what it reads is what row-level security lets it see. */
export type LiveReader = InAppRecipient & { userId: string }

const actorOf = (reader: LiveReader): ActorContext =>
  reader.kind === 'client'
    ? { actor: 'client', tenantId: reader.tenantId, userId: reader.userId, clientId: reader.clientId }
    : { actor: 'staff', tenantId: reader.tenantId, userId: reader.userId }

const recipientIdOf = (reader: LiveReader) => (reader.kind === 'client' ? reader.clientId : reader.userId)

export interface LiveNotificationsOptions {
  database: Database
  hub: NotificationHub
  reader: LiveReader
  /** The last notification the client saw (SSE Last-Event-ID after a reconnect): it gets what came after. */
  lastEventId: string | null | undefined
  signal: AbortSignal | undefined
}

/**
 * A reader's live feed: each new notification once, in order, as `tracked(id, row)` so a
 * reconnecting client resumes after the last one it got. Subscribes to the hub first, then reads,
 * so nothing committed in between is missed; each wake-up (a ping for this reader, or a resync
 * after the listener reconnected) reads "everything after the last id" in a transaction of the
 * reader's own, never holding one while it waits. Without a last id it starts from the newest
 * notification at subscription time (the page or bell read the rest).
 */
export async function* liveNotifications(
  options: LiveNotificationsOptions,
): AsyncGenerator<TrackedEnvelope<InAppNotification>, void, unknown> {
  const { database, hub, reader, signal } = options
  await hub.ready()
  const wakeup = hub.watch(reader.tenantId, reader.kind, recipientIdOf(reader), signal)
  const read = <T>(fn: (tx: Tx) => Promise<T>) => database.withTenant(actorOf(reader), fn)
  try {
    let last = options.lastEventId ?? (await read((tx) => newestNotificationId(tx, reader))) ?? beforeAll
    for (;;) {
      const rows = await read((tx) => notificationsAfter(tx, reader, last, batchSize))
      for (const row of rows) {
        last = row.id
        yield tracked(row.id, row)
      }
      if (rows.length === batchSize) continue
      if (!(await wakeup.next())) return
    }
  } finally {
    wakeup.close()
  }
}
