import type { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { isMemoryDir, openPglite } from '../connection/pglite'
import * as schema from '../schema'
import type { AnyDrizzle } from '../with-tenant'

/**
 * An owner/superuser connection, for migrations, seed, tests' fixtures and benchmarks only.
 * The app never holds one: request paths get a `Database` logged in as portail_app.
 */
export type AdminConnection =
  | {
      driver: 'pglite'
      db: AnyDrizzle
      pglite: PgliteDatabase<typeof schema>
      client: PGlite
      dataDir: string
      close(): Promise<void>
    }
  | {
      driver: 'postgres'
      db: AnyDrizzle
      postgres: PostgresJsDatabase<typeof schema>
      sql: postgres.Sql
      url: string
      close(): Promise<void>
    }

export async function openAdminPglite(dataDir: string): Promise<AdminConnection & { driver: 'pglite' }> {
  const opened = await openPglite(dataDir)
  const db = drizzlePglite({ client: opened.client, schema })
  return { driver: 'pglite', db, pglite: db, client: opened.client, dataDir, close: () => opened.close() }
}

export function openAdminPostgres(url: string, max = 2): AdminConnection & { driver: 'postgres' } {
  const sql = postgres(url, { max, onnotice: () => undefined })
  const db = drizzlePostgres({ client: sql, schema })
  return { driver: 'postgres', db, postgres: db, sql, url, close: () => sql.end({ timeout: 5 }) }
}

export { isMemoryDir }
