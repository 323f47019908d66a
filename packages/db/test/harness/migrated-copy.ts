import { cpSync } from 'node:fs'
import type postgres from 'postgres'
import { pgliteTemplate, postgresTemplate } from './migrated-template'

/*
 * For tests whose database is opened by another process (a `next start` under test), so
 * createTestDatabase's connections do not fit: the same migrated template, copied to where that
 * process will look. Migrating from scratch instead costs an initdb and every migration per server.
 */

/** Fills `folder` (absent or empty) with a migrated PGlite data folder: a copy of the run's template. */
export async function copyMigratedPglite(folder: string): Promise<void> {
  cpSync(await pgliteTemplate(), folder, { recursive: true })
}

/** Creates database `name` on the server behind `server`, as a copy of the run's migrated template. */
export async function createMigratedPostgresDatabase(server: postgres.Sql, serverUrl: string, name: string): Promise<void> {
  const template = await postgresTemplate(server, serverUrl)
  await server.unsafe(`create database ${name} template ${template}`)
}
