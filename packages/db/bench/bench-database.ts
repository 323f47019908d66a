import { randomBytes } from 'node:crypto'
import postgres from 'postgres'
import { type AdminConnection, openAdminPglite, openAdminPostgres } from '../src/admin/admin-connection'
import { readDbEnv } from '../src/env'
import { runMigrations } from '../src/migrate'

export interface BenchDatabase {
  admin: AdminConnection
  label: string
  close(): Promise<void>
}

/**
 * A throwaway, migrated database for one benchmark run: a new database on the configured Postgres
 * server (DATABASE_MIGRATION_URL, else DATABASE_URL), else an in-memory PGlite.
 */
export async function openBenchDatabase(poolMax: number): Promise<BenchDatabase> {
  const env = readDbEnv()
  const serverUrl = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL
  if (!serverUrl) {
    const admin = await openAdminPglite('memory://')
    await runMigrations(admin)
    return { admin, label: 'PGlite (in process, one session)', close: () => admin.close() }
  }
  const name = `portail_bench_${randomBytes(5).toString('hex')}`
  const server = postgres(serverUrl, { max: 1, onnotice: () => undefined })
  await server.unsafe(`create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const admin = openAdminPostgres(url.toString(), poolMax)
  await runMigrations(admin)
  const [version] = await admin.sql<{ server_version: string }[]>`show server_version`
  return {
    admin,
    label: `Postgres ${version?.server_version ?? '?'} at ${url.host}, pool of ${poolMax}`,
    async close() {
      await admin.close()
      await server.unsafe(`drop database if exists ${name} with (force)`)
      await server.end({ timeout: 5 })
    },
  }
}
