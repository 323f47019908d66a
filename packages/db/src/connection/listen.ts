import type { PGlite } from '@electric-sql/pglite'
import type postgres from 'postgres'

/**
 * What a LISTEN hands back. `onListen` runs each time the LISTEN is in place: once at first, and
 * again after every reconnect on Postgres, where a NOTIFY sent while the connection was down is
 * lost for good (so a caller re-reads what it may have missed, see packages/api/src/live).
 */
export interface ListenHandlers {
  onNotify: (payload: string) => void
  onListen: () => void
}

export interface Listening {
  /** Stops listening; the connection that carried it is the driver's to keep or close. */
  close: () => Promise<void>
}

export type Listen = (channel: string, handlers: ListenHandlers) => Promise<Listening>

/**
 * Postgres: postgres.js gives every `listen` of a pool one dedicated connection of its own (never
 * a pooled one, so a transaction-mode pooler never sits in between), and reconnects it with
 * backoff, calling `onlisten` again once the LISTEN is back.
 */
export const listenPostgres =
  (client: postgres.Sql): Listen =>
  async (channel, handlers) => {
    const listening = await client.listen(channel, handlers.onNotify, handlers.onListen)
    return {
      async close() {
        await listening.unlisten()
      },
    }
  }

/**
 * PGlite: the one in-process session hears its own NOTIFYs at commit (none after a rollback).
 * There is no connection to lose, so `onListen` runs once.
 */
export const listenPglite =
  (client: PGlite): Listen =>
  async (channel, handlers) => {
    const unlisten = await client.listen(channel, handlers.onNotify)
    handlers.onListen()
    return {
      async close() {
        if (!client.closed) await unlisten()
      },
    }
  }
