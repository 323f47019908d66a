import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDbEnv } from '@portail/db'
import { type AdminConnection, openAdminPglite, openAdminPostgres, runMigrations } from '@portail/db/admin'
import {
  copyMigratedPglite,
  createMigratedPostgresDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
} from '@portail/db/testing'

export interface ServerData {
  driver: 'pglite' | 'postgres'
  /** Database variables for the server under test. */
  config: Record<string, string>
  fixture: TwoTenantFixture
  /** Embedded only: the data folder the server owns while it runs. */
  dataDir?: string
  cleanup(): Promise<void>
}

const withDatabaseName = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

async function layFixtures(admin: AdminConnection) {
  try {
    await runMigrations(admin)
    return await twoTenantFixture(admin)
  } finally {
    await admin.close()
  }
}

/**
 * A database for one server under test, with the harness's tenants (alpha-pools, bravo-clinic,
 * the suspended closed-shop). Embedded by default: a fresh data folder the server then owns, as
 * in a fresh checkout. With DATABASE_URL: a throwaway database on that server, which the app
 * reaches as portail_app; the superuser only lays the fixtures.
 */
export async function prepareServerData(): Promise<ServerData> {
  const env = readDbEnv()
  if (!env.DATABASE_URL) {
    const root = await mkdtemp(join(tmpdir(), 'portail-web-http-'))
    const dataDir = join(root, 'pglite')
    // A copy of the run's migrated template (packages/db/test/harness); layFixtures' migrate finds it current.
    await copyMigratedPglite(dataDir)
    const fixture = await layFixtures(await openAdminPglite(dataDir))
    return {
      driver: 'pglite',
      config: { PGLITE_DATA_DIR: dataDir },
      fixture,
      dataDir,
      cleanup: () => rm(root, { recursive: true, force: true }),
    }
  }
  const serverUrl = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL
  const name = `portail_web_test_${randomBytes(6).toString('hex')}`
  const server = openAdminPostgres(serverUrl, 1)
  await createMigratedPostgresDatabase(server.sql, serverUrl, name)
  try {
    const fixture = await layFixtures(openAdminPostgres(withDatabaseName(serverUrl, name)))
    return {
      driver: 'postgres',
      config: { DATABASE_URL: withDatabaseName(env.DATABASE_URL, name), DATABASE_POOL_MAX: '4' },
      fixture,
      async cleanup() {
        await server.sql.unsafe(`drop database if exists ${name} with (force)`)
        await server.close()
      },
    }
  } catch (error) {
    await server.sql.unsafe(`drop database if exists ${name} with (force)`)
    await server.close()
    throw error
  }
}
