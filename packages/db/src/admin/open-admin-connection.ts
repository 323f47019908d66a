import { defaultPgliteDataDir } from '../connection/workspace-paths'
import { type DbEnv, readDbEnv } from '../env'
import { type AdminConnection, openAdminPglite, openAdminPostgres } from './admin-connection'

/**
 * The migration/seed connection: DATABASE_MIGRATION_URL (owner or admin), else DATABASE_URL,
 * else the embedded database folder (locked while open).
 */
export async function openAdminConnection(env: DbEnv = readDbEnv()): Promise<AdminConnection> {
  const url = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL
  if (url) return openAdminPostgres(url)
  return openAdminPglite(env.PGLITE_DATA_DIR ?? defaultPgliteDataDir())
}
