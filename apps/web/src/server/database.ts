import 'server-only'
import { type Database, openDatabase } from '@portail/db'
import { seedDemoData } from '@portail/db/admin'
import { loggerFor } from '@portail/logger'
import { webEnv } from '../env'

// One database per process, shared through globalThis rather than module state: the proxy and
// the route handlers are separate bundles with separate module instances (and dev hot reload
// re-evaluates modules), but they run in one process, and the embedded PGlite folder may be
// opened only once per process (a second open throws DataDirLockedError).
const slot = Symbol.for('portail.web.database')

type Holder = typeof globalThis & { [slot]?: Promise<Database> }

const signals = ['SIGTERM', 'SIGINT'] as const

const log = loggerFor('database')

function closeOnShutdown(database: Database) {
  for (const signal of signals) {
    process.once(signal, () => {
      void database
        .close()
        .catch((error: unknown) => log.error({ err: error }, 'closing the database failed'))
        .finally(() => {
          // next start has its own handler that drains requests and exits; exit ourselves only
          // when nobody else will (next dev children, custom servers).
          if (process.listenerCount(signal) === 0) process.exit(signal === 'SIGINT' ? 130 : 143)
        })
    })
  }
}

async function open(): Promise<Database> {
  const env = webEnv()
  // A fresh checkout runs with demo businesses: the seed is idempotent and only ever runs on the
  // embedded database (Postgres is seeded by `pnpm db:seed`, a deliberate step).
  const database = await openDatabase({
    env: env.db,
    prepareEmbedded: async (admin) => {
      await seedDemoData(admin)
    },
  })
  closeOnShutdown(database)
  return database
}

/** This process's database, opened on first use. */
export function getDatabase(): Promise<Database> {
  const holder = globalThis as Holder
  const existing = holder[slot]
  if (existing) return existing
  const opening = open().catch((error: unknown) => {
    // Let the next request try again (Postgres may come back) instead of caching the failure.
    delete holder[slot]
    throw error
  })
  holder[slot] = opening
  return opening
}
