import { randomBytes } from 'node:crypto'
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import postgres from 'postgres'
import { type AdminConnection, openAdminPglite, openAdminPostgres } from '../../src/admin/admin-connection'
import { connectPostgres, type Database, demoteToApp } from '../../src/connection/database'
import { readDbEnv } from '../../src/env'
import { pgliteTemplate, postgresTemplate, scratchRoot } from './migrated-template'

export interface TestDatabase<T> {
  driver: 'pglite' | 'postgres'
  /** Logged in as portail_app, exactly like the running app. */
  app: Database
  /** What `setup` returned (fixture ids). */
  data: T
  /** Real Postgres only: the app pool, for pool-level checks. */
  appSql?: postgres.Sql
  close(): Promise<void>
}

export const usingPostgres = () => Boolean(readDbEnv().DATABASE_URL)

const withDatabaseName = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/**
 * A migrated, throwaway database for one test file, copied from the run's migrated template
 * (migrated-template.ts). On PGlite (default): a copy of the template's folder, removed on close.
 * With DATABASE_URL/DATABASE_MIGRATION_URL: a new database on that server created from the
 * template database, dropped on close. `setup` runs as the superuser to lay fixtures; the test
 * then only gets the app's connection.
 */
export async function createTestDatabase<T>(
  setup: (admin: AdminConnection) => Promise<T>,
  options: { poolMax?: number } = {},
): Promise<TestDatabase<T>> {
  const env = readDbEnv()
  if (!env.DATABASE_URL) return createPgliteTestDatabase(setup)
  const serverUrl = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL
  const name = `portail_test_${randomBytes(6).toString('hex')}`
  const server = postgres(serverUrl, { max: 1, onnotice: () => undefined })
  const template = await postgresTemplate(server, serverUrl)
  await server.unsafe(`create database ${name} template ${template}`)
  const admin = openAdminPostgres(withDatabaseName(serverUrl, name))
  let app: (Database & { sql: postgres.Sql }) | undefined
  try {
    const data = await setup(admin)
    await admin.close()
    app = connectPostgres(withDatabaseName(env.DATABASE_URL, name), { max: options.poolMax ?? 4 })
    const opened = app
    return {
      driver: 'postgres',
      app: opened,
      data,
      appSql: opened.sql,
      async close() {
        await opened.close()
        await server.unsafe(`drop database if exists ${name} with (force)`)
        await server.end({ timeout: 5 })
      },
    }
  } catch (error) {
    await admin.close().catch(() => undefined)
    await app?.close().catch(() => undefined)
    await server.unsafe(`drop database if exists ${name} with (force)`).catch(() => undefined)
    await server.end({ timeout: 5 })
    throw error
  }
}

async function createPgliteTestDatabase<T>(setup: (admin: AdminConnection) => Promise<T>): Promise<TestDatabase<T>> {
  const template = await pgliteTemplate()
  const folder = join(scratchRoot(), `portail-test-${process.pid}-${randomBytes(6).toString('hex')}`)
  const removeFolder = () => rmSync(folder, { recursive: true, force: true })
  // A worker that dies without closing must not leave its copy behind on a memory-backed disk.
  process.once('exit', removeFolder)
  cpSync(template, folder, { recursive: true })
  const admin = await openAdminPglite(folder)
  try {
    const data = await setup(admin)
    const app = await demoteToApp(admin)
    return {
      driver: 'pglite',
      app,
      data,
      async close() {
        try {
          await app.close()
        } finally {
          removeFolder()
          process.removeListener('exit', removeFolder)
        }
      },
    }
  } catch (error) {
    await admin.close().catch(() => undefined)
    removeFolder()
    throw error
  }
}
