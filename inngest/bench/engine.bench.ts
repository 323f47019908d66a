import { type Database, readDbEnv } from '@portail/db'
import { openAdminPostgres } from '@portail/db/admin'
import { createTestDatabase } from '@portail/db/testing'
import { type SQL, sql } from 'drizzle-orm'
import { serve } from 'inngest/edge'
import { inngest, useSigningKey } from '../src/client'
import { EmbeddedEngine } from '../src/engine'
import { RunStore } from '../src/engine/run-store'

/*
 * The embedded engine at scale (issue 13, benchmarks). Ratios in one run, same process, same
 * database driver (PGlite in process, or the Postgres of DATABASE_URL / DATABASE_MIGRATION_URL).
 *
 * 1. Due-run pickup: claiming 400 due runs (batches of 20, FOR UPDATE SKIP LOCKED, leased) while
 *    100,000 runs sleep across 1,000 businesses, against the same with 1,000 sleeping runs. The
 *    partial index on wake_at keeps it flat: target ratio >= 0.8.
 * 2. Memory over an hour of simulated reminders: the engine on an injected clock, 20 bookings a
 *    minute for 60 minutes, each confirmed, slept 5 minutes, reminded: RSS and heap at the start
 *    and the end (printed; flat means no per-run state kept in the process).
 */
const TENANTS = 1000
const DUE = 400
const BATCH = 20
const ROUNDS = 3

/** Bulk writes as the engine's own actor (it may insert and update runs): no superuser needed. */
const asEngine = (database: Database, statement: SQL) =>
  database.withTenant({ actor: 'workflowEngine', tenantId: null }, (tx) => tx.execute(statement))

async function addSleeping(database: Database, from: number, to: number): Promise<void> {
  await asEngine(database, sql`
    insert into workflow_runs (tenant_id, function_id, event_id, event, status, wake_at)
    select ('00000000-0000-4000-8000-' || lpad((g % ${TENANTS})::text, 12, '0'))::uuid,
           'portail-bench-reminder', 'sleep-' || g,
           jsonb_build_object('id', 'sleep-' || g, 'name', 'bench/booked', 'data', '{}'::jsonb, 'ts', 0),
           'sleeping', now() + interval '1 day' + make_interval(secs => g)
    from generate_series(${from}::int, ${to}::int) as g`)
}

async function addDue(database: Database, round: string): Promise<void> {
  await asEngine(database, sql`
    insert into workflow_runs (tenant_id, function_id, event_id, event, status, wake_at)
    select ('00000000-0000-4000-8000-' || lpad((g % ${TENANTS})::text, 12, '0'))::uuid,
           'portail-bench-reminder', ${round} || '-' || g,
           jsonb_build_object('id', ${round} || '-' || g, 'name', 'bench/booked', 'data', '{}'::jsonb, 'ts', 0),
           'queued', now() - make_interval(secs => g)
    from generate_series(1, ${DUE}::int) as g`)
}

/** Runs claimed per second while the table holds what it holds; claimed runs are then finished. */
async function pickupRate(database: Database, label: string): Promise<number> {
  const store = new RunStore(database)
  const rates: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    await addDue(database, `${label}-${round}`)
    const started = performance.now()
    let claimed = 0
    for (;;) {
      const now = new Date()
      const batch = await store.claimDue(now, new Date(now.getTime() + 60_000), BATCH)
      if (batch.length === 0) break
      claimed += batch.length
    }
    const seconds = (performance.now() - started) / 1000
    if (claimed !== DUE) throw new Error(`claimed ${claimed} of ${DUE}`)
    rates.push(claimed / seconds)
    await asEngine(database, sql`update workflow_runs set status = 'completed', locked_until = null where status = 'running'`)
  }
  rates.sort((a, b) => a - b)
  return rates[Math.floor(rates.length / 2)] ?? 0
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`

async function memoryOverAnHour(database: Database): Promise<void> {
  let now = new Date('2026-12-08T08:00:00Z')
  let reminders = 0
  const reminder = inngest.createFunction(
    { id: 'bench-reminder', triggers: [{ event: 'bench/booked' }] },
    async ({ step }) => {
      await step.run('confirm', () => 'confirmed')
      await step.sleep('wait', '5m')
      await step.run('remind', () => {
        reminders += 1
      })
    },
  )
  const signingKey = `signkey-bench-${'9f'.repeat(32)}`
  useSigningKey(signingKey)
  const engine = await EmbeddedEngine.start({
    database,
    handler: serve({ client: inngest, functions: [reminder] }),
    signingKey,
    clock: () => now,
    timers: false,
  })
  const sample = () => {
    global.gc?.()
    const usage = process.memoryUsage()
    return { rss: usage.rss, heap: usage.heapUsed }
  }
  let booking = 0
  const minute = async () => {
    await engine.send(
      Array.from({ length: 20 }, () => ({ id: `booking-${++booking}`, name: 'bench/booked', data: {} })),
    )
    await engine.runDue()
    now = new Date(now.getTime() + 60_000)
  }
  // Warm-up (JIT, the SDK's lazy imports), then the measured hour.
  for (let m = 0; m < 5; m++) await minute()
  const start = sample()
  const startedAt = performance.now()
  for (let m = 0; m < 60; m++) await minute()
  now = new Date(now.getTime() + 10 * 60_000)
  await engine.runDue()
  const end = sample()
  const seconds = (performance.now() - startedAt) / 1000
  console.log(`\nmemory over an hour of simulated reminders (${booking} bookings, ${reminders} reminders, ${seconds.toFixed(1)} s of real time):`)
  console.log(`  RSS   start ${mb(start.rss)}  end ${mb(end.rss)}`)
  console.log(`  heap  start ${mb(start.heap)}  end ${mb(end.heap)}${global.gc ? '' : ' (run node with --expose-gc for settled heaps)'}`)
}

const db = await createTestDatabase(() => Promise.resolve(null))

/**
 * Postgres plans from statistics that autovacuum refreshes within a minute of a bulk change; the
 * bench adds 99,000 rows at once and measures at once, so it refreshes them itself (as the owner).
 * PGlite has no autovacuum and one session, already the app's: nothing to do there.
 */
async function analyze(): Promise<void> {
  const env = readDbEnv()
  const serverUrl = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL
  if (db.driver !== 'postgres' || !serverUrl) return
  const url = new URL(serverUrl)
  url.pathname = `/${String(db.appSql?.options.database)}`
  const admin = openAdminPostgres(url.toString(), 1)
  try {
    await admin.db.execute(sql`analyze workflow_runs`)
  } finally {
    await admin.close()
  }
}

try {
  console.log(`engine bench on ${db.driver === 'pglite' ? 'PGlite (in process)' : 'Postgres'}`)
  await addSleeping(db.app, 1, 1000)
  await analyze()
  const small = await pickupRate(db.app, 'small')
  await addSleeping(db.app, 1001, 100_000)
  await analyze()
  const large = await pickupRate(db.app, 'large')
  console.log(`due-run pickup, ${DUE} due runs claimed in batches of ${BATCH} (median of ${ROUNDS}):`)
  console.log(`  with   1,000 sleeping runs: ${small.toFixed(0)} runs/s`)
  console.log(`  with 100,000 sleeping runs over ${TENANTS} businesses: ${large.toFixed(0)} runs/s`)
  console.log(`  ratio ${(large / small).toFixed(2)} (target >= 0.8)`)
  await memoryOverAnHour(db.app)
} finally {
  await db.close()
}
