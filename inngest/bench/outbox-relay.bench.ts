import type { Database } from '@portail/db'
import { eventOutbox, workflowEvents } from '@portail/db/schema'
import { createTestDatabase, twoTenantFixture } from '@portail/db/testing'
import { and, count, eq, isNull } from 'drizzle-orm'
import { serve } from 'inngest/edge'
import { inngest, useSigningKey } from '../src/client'
import { EmbeddedEngine } from '../src/engine'
import { relayOutbox } from '../src/outbox/relay-outbox'

/*
 * Outbox relay throughput (issue 13, benchmarks): N outbox rows relayed to the embedded engine
 * (claimed and leased, sent as events, recorded once each in workflow_events, marked delivered)
 * against a raw insert of the same N rows (what the domain transactions write). Same process, same
 * database, warm (a first round of each is thrown away), median of ROUNDS. Target ratio >= 0.3:
 * the relay keeps up with the rate at which bookings can write events.
 */
const N = 2000
/** Rows per statement for the insert, and per claim (one send to the engine) for the relay. */
const BATCH = 100
const ROUNDS = 3

const db = await createTestDatabase(twoTenantFixture)
const tenants = [db.data.a.id, db.data.b.id]

/** Inserts `n` outbox rows across both businesses, BATCH rows per statement, each as its business's system actor. */
async function insertRows(database: Database, n: number, round: string): Promise<void> {
  for (let from = 0; from < n; from += BATCH) {
    const tenantId = tenants[(from / BATCH) % tenants.length] ?? ''
    const rows = Array.from({ length: Math.min(BATCH, n - from) }, (_, offset) => ({
      tenantId,
      name: 'bench/relayed',
      payload: { bookingId: `${round}-${from + offset}`, start: '2026-12-20T15:00:00.000Z' },
    }))
    await database.withTenant({ actor: 'system', tenantId }, (tx) => tx.insert(eventOutbox).values(rows))
  }
}

/** Undelivered rows left, as each business's system actor sees them. */
async function undelivered(database: Database): Promise<number> {
  let left = 0
  for (const tenantId of tenants) {
    const [row] = await database.withTenant({ actor: 'system', tenantId }, (tx) =>
      tx
        .select({ n: count() })
        .from(eventOutbox)
        .where(and(eq(eventOutbox.tenantId, tenantId), isNull(eventOutbox.deliveredAt))),
    )
    left += row?.n ?? 0
  }
  return left
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

try {
  console.log(`outbox relay bench on ${db.driver === 'pglite' ? 'PGlite (in process)' : 'Postgres'}`)
  // A function on another event: the engine records the relayed events and starts nothing.
  const idle = inngest.createFunction({ id: 'bench-idle', triggers: [{ event: 'bench/other' }] }, () => null)
  const signingKey = `signkey-bench-${'7e'.repeat(32)}`
  useSigningKey(signingKey)
  const engine = await EmbeddedEngine.start({
    database: db.app,
    handler: serve({ client: inngest, functions: [idle] }),
    signingKey,
    timers: false,
  })

  const insertRates: number[] = []
  const relayRates: number[] = []
  for (let round = 0; round <= ROUNDS; round++) {
    const insertStarted = performance.now()
    await insertRows(db.app, N, `round-${round}`)
    const insertSeconds = (performance.now() - insertStarted) / 1000

    const relayStarted = performance.now()
    let delivered = 0
    for (;;) {
      const run = await relayOutbox(db.app, engine, { batch: BATCH, maxBatches: 1000 })
      delivered += run.delivered
      if (run.retrying > 0) throw new Error(`${run.retrying} rows were refused by the engine`)
      if (!run.more) break
    }
    const relaySeconds = (performance.now() - relayStarted) / 1000
    if (delivered !== N || (await undelivered(db.app)) !== 0) throw new Error(`relayed ${delivered} of ${N}`)
    // Round 0 warms the JIT, the SDK and the database's caches: not counted.
    if (round === 0) continue
    insertRates.push(N / insertSeconds)
    relayRates.push(N / relaySeconds)
  }
  const [recorded] = await db.app.withTenant({ actor: 'workflowEngine', tenantId: null }, (tx) =>
    tx.select({ n: count() }).from(workflowEvents).where(eq(workflowEvents.name, 'bench/relayed')),
  )
  const insert = median(insertRates)
  const relay = median(relayRates)
  console.log(`outbox relay, ${N} rows per round (${BATCH} per statement / claim, median of ${ROUNDS} warm rounds):`)
  console.log(`  raw insert of the rows:              ${insert.toFixed(0)} rows/s`)
  console.log(`  relayed to the engine and delivered: ${relay.toFixed(0)} rows/s`)
  console.log(`  events recorded by the engine: ${recorded?.n ?? 0} of ${N * (ROUNDS + 1)} relayed`)
  console.log(`  ratio ${(relay / insert).toFixed(2)} (target >= 0.3)`)
  await engine.stop()
} finally {
  await db.close()
}
