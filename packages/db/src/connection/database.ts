import { sql } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import type { AdminConnection } from '../admin/admin-connection'
import * as schema from '../schema'
import { dbRoleNames } from '../schema/actor-roles'
import {
  type AnyDrizzle,
  type ContextTransactions,
  createWithTenant,
  drizzleTransactions,
  type WithTenant,
} from '../with-tenant'
import { type Listen, listenPglite, listenPostgres } from './listen'
import { pipelinedTransactions } from './pipelined-transactions'

/**
 * What the app holds: a connection logged in as portail_app and the one door to data.
 */
export interface Database {
  readonly driver: 'pglite' | 'postgres'
  readonly withTenant: WithTenant
  /** Round trip to the server, for the health check. Needs no privilege. */
  ping(): Promise<void>
  /**
   * LISTEN on a channel (needs no privilege): a dedicated connection on Postgres, the session
   * itself on PGlite. Meant to be called once per process and channel (see listen.ts).
   */
  listen: Listen
  close(): Promise<void>
}

const fromDrizzle = (
  driver: Database['driver'],
  db: AnyDrizzle,
  transactions: ContextTransactions,
  listen: Listen,
  close: () => Promise<void>,
): Database => ({
  driver,
  withTenant: createWithTenant(transactions),
  async ping() {
    await db.execute(sql`select 1`)
  },
  listen,
  close,
})

/** The app's pool on real Postgres, logged in as portail_app through DATABASE_URL. */
export function connectPostgres(
  url: string,
  options: { max?: number; preparedStatements?: boolean; acquireTimeoutMs?: number } = {},
): Database & { sql: postgres.Sql } {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => undefined })
  const db = drizzlePostgres({ client, schema })
  const transactions = pipelinedTransactions(client, {
    prepare: options.preparedStatements ?? true,
    acquireTimeoutMs: options.acquireTimeoutMs,
  })
  return Object.assign(
    fromDrizzle('postgres', db, transactions, listenPostgres(client), () => client.end({ timeout: 5 })),
    { sql: client },
  )
}

/**
 * Turns an embedded admin connection into the app's connection. PGlite has one session and no
 * login, so the session becomes portail_app for good: from here on it has exactly the app's
 * privileges, and migrations or seed must have run before.
 */
export async function demoteToApp(admin: AdminConnection & { driver: 'pglite' }): Promise<Database> {
  await admin.client.exec(`set session authorization ${dbRoleNames.login}`)
  const db = drizzlePglite({ client: admin.client, schema })
  return fromDrizzle('pglite', db, drizzleTransactions(db), listenPglite(admin.client), () => admin.close())
}
