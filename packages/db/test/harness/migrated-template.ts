import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'
import { openAdminPglite, openAdminPostgres } from '../../src/admin/admin-connection'
import { findWorkspaceRoot, migrationsFolder } from '../../src/connection/workspace-paths'
import { runMigrations } from '../../src/migrate'

/*
 * Migrating a database through every migration costs ~3.5 s per test file on PGlite (initdb, then
 * 40-odd files); copying a migrated one costs ~0.9 s. So each run migrates once into a template
 * and every test file starts from a copy: a data folder copied on PGlite, `create database …
 * template …` on Postgres. The template is named by a hash of the migrations (and of the PGlite
 * version that wrote the folder), so a changed migration builds a new one and two runs with the
 * same migrations share it. Whoever builds it first wins: each builder works under a name of its
 * own and renames it into place, and a loser drops its copy and takes the winner's.
 */

/** What decides a template's content: every migration file and the PGlite pin. */
export function migrationsKey(): string {
  const folder = migrationsFolder()
  const hash = createHash('sha256')
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.sql') || file.endsWith('_journal.json'))
    .sort()
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(folder, file)))
      .update('\0')
  const dbPackage = JSON.parse(readFileSync(join(findWorkspaceRoot(), 'packages/db/package.json'), 'utf8')) as {
    dependencies?: Record<string, string>
  }
  hash.update(dbPackage.dependencies?.['@electric-sql/pglite'] ?? '')
  return hash.digest('hex').slice(0, 16)
}

/** Memory-backed where the machine has it: a test file's copy is written once and read often. */
export const scratchRoot = () => (existsSync('/dev/shm') && statSync('/dev/shm').isDirectory() ? '/dev/shm' : tmpdir())

const uniqueSuffix = () => `${process.pid}-${randomBytes(4).toString('hex')}`

/** The folder of a migrated PGlite database for this run's migrations, built if missing. */
export async function pgliteTemplate(): Promise<string> {
  const template = join(scratchRoot(), `portail-test-template-${migrationsKey()}`)
  if (existsSync(template)) return template
  const building = `${template}.building-${uniqueSuffix()}`
  const admin = await openAdminPglite(building)
  try {
    await runMigrations(admin)
  } finally {
    await admin.close()
  }
  try {
    renameSync(building, template)
  } catch (error) {
    // Another process renamed its own build into place first: both are the same migrations.
    rmSync(building, { recursive: true, force: true })
    if (!existsSync(template)) throw error
  }
  return template
}

const duplicateDatabase = '42P04'

/**
 * The name of a migrated Postgres database for this run's migrations, built if missing. One build
 * at a time on the server (an advisory lock on a reserved session): roles are cluster-wide, and two
 * packages migrating at once collided on `ALTER ROLE` ("tuple concurrently updated", CI's Postgres
 * pass). A process that waited finds the template the other built.
 */
export async function postgresTemplate(server: postgres.Sql, serverUrl: string): Promise<string> {
  const template = `portail_template_${migrationsKey()}`
  const exists = async (sql: postgres.Sql) =>
    (await sql`select 1 from pg_database where datname = ${template}`).length > 0
  if (await exists(server)) return template
  // The harness's server pool holds one connection: everything below runs on the reserved one.
  const session = await server.reserve()
  try {
    await session`select pg_advisory_lock(hashtext('portail_template_build'))`
    if (!(await exists(session))) await buildTemplate(session, serverUrl, template)
  } finally {
    await session`select pg_advisory_unlock(hashtext('portail_template_build'))`.catch(() => undefined)
    session.release()
  }
  return template
}

async function buildTemplate(server: postgres.ReservedSql, serverUrl: string, template: string) {
  const building = `portail_template_building_${randomBytes(6).toString('hex')}`
  await server.unsafe(`create database ${building}`)
  const url = new URL(serverUrl)
  url.pathname = `/${building}`
  const admin = openAdminPostgres(url.toString())
  try {
    await runMigrations(admin)
  } finally {
    await admin.close()
  }
  try {
    await server.unsafe(`alter database ${building} rename to ${template}`)
  } catch (error) {
    await server.unsafe(`drop database if exists ${building} with (force)`)
    if (!(error instanceof postgres.PostgresError && error.code === duplicateDatabase)) throw error
  }
}
