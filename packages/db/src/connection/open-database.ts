import { openAdminPglite } from '../admin/admin-connection'
import { type DbEnv, readDbEnv } from '../env'
import { runMigrations } from '../migrate'
import { connectPostgres, type Database, demoteToApp } from './database'
import { defaultPgliteDataDir } from './workspace-paths'

export interface OpenDatabaseOptions {
  env?: DbEnv
  /**
   * Embedded only: runs after migrations, as the superuser, before the session is demoted to
   * portail_app (the dev server uses it to seed demo data on first start).
   */
  prepareEmbedded?: (admin: Awaited<ReturnType<typeof openAdminPglite>>) => Promise<void>
}

/**
 * The app's database. With DATABASE_URL: a postgres.js pool logged in as portail_app (migrations
 * are a deploy step: pnpm db:migrate). Without: the embedded PGlite in PGLITE_DATA_DIR (default
 * .data/pglite), migrated on open and owned by this process.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const env = options.env ?? readDbEnv()
  if (env.DATABASE_URL)
    return connectPostgres(env.DATABASE_URL, {
      max: env.DATABASE_POOL_MAX,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
      acquireTimeoutMs: env.DATABASE_ACQUIRE_TIMEOUT_MS,
    })
  const admin = await openAdminPglite(env.PGLITE_DATA_DIR ?? defaultPgliteDataDir())
  try {
    await runMigrations(admin)
    await options.prepareEmbedded?.(admin)
    return await demoteToApp(admin)
  } catch (error) {
    await admin.close()
    throw error
  }
}
