import { cpus } from 'node:os'
import { and, asc, eq, isNull } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { pipelinedTransactions } from '../src/connection/pipelined-transactions'
import * as schema from '../src/schema'
import { clients, memberships, tenants, users } from '../src/schema'
import { type AnyDrizzle, createWithTenant, drizzleTransactions } from '../src/with-tenant'
import { openBenchDatabase } from './bench-database'
import { preparingPool } from './preparing-pool'
import { readBenchEnv } from './env'
import { median, throughput } from './measure'

/*
 * R3/R4 of research/reliability-performance.md: what tenant isolation costs on a read.
 * Numerator: "first page of a tenant's clients" through withTenant (staff actor, RLS, context set
 * in the transaction), built exactly as the app builds it for the driver. Denominator: the same
 * query as the admin connection (no RLS, no transaction) with an explicit WHERE tenant_id. Same
 * pool, same driver, same process, same protocol (on Postgres both prepare their statements, as
 * the app does), interleaved rounds; the ratio of medians is printed last. The staff actor is a
 * member of each tenant, as the database checks (portail_context.check_actor_context); the same
 * read as the tenant's system actor (same policy on clients, no identity check) shows that check's
 * cost on its own.
 */
const TENANTS = 20
const CLIENTS_PER_TENANT = 500
const POOL = 8
const CONCURRENCY = 16
const ROUNDS = 5
const ROUND_MS = readBenchEnv().BENCH_ROUND_MS

const bench = await openBenchDatabase(POOL)
// On Postgres, one pool of the admin login for every variant, as the app's pool is built.
const pool =
  bench.admin.driver === 'postgres' ? postgres(bench.admin.url, { max: POOL, onnotice: () => undefined }) : null
try {
  const db: AnyDrizzle = pool ? drizzle({ client: pool, schema }) : bench.admin.db
  // The baseline: the admin read on the same pool with its statement prepared, like withTenant's.
  const preparedDb: AnyDrizzle = pool ? drizzle({ client: preparingPool(pool), schema }) : bench.admin.db
  const tenantIds: string[] = []
  const memberIds: string[] = []
  for (let t = 0; t < TENANTS; t++) {
    const [row] = await db
      .insert(tenants)
      .values({ slug: `bench-${t}`, name: `Bench ${t}`, trade: 'bench' })
      .returning({ id: tenants.id })
    const [member] = await db
      .insert(users)
      .values({ externalId: `bench:${t}`, email: `staff@t${t}.test`, name: `Staff ${t}` })
      .returning({ id: users.id })
    if (!row || !member) throw new Error('tenant not created')
    await db.insert(memberships).values({ tenantId: row.id, userId: member.id, role: 'staff' })
    tenantIds.push(row.id)
    memberIds.push(member.id)
    await db.insert(clients).values(
      Array.from({ length: CLIENTS_PER_TENANT }, (_, c) => ({
        tenantId: row.id,
        fullName: `Client ${c} ${t}`,
        email: `c${c}@t${t}.test`,
      })),
    )
  }
  const tenantAt = (i: number) => tenantIds[i % tenantIds.length] ?? ''
  const staffOf = (i: number) => ({
    actor: 'staff' as const,
    tenantId: tenantAt(i),
    userId: memberIds[i % memberIds.length],
  })
  const columns = { id: clients.id, fullName: clients.fullName, email: clients.email }

  const readPage = (source: Pick<typeof db, 'select'>, i: number) =>
    source
      .select(columns)
      .from(clients)
      .where(and(eq(clients.tenantId, tenantAt(i)), isNull(clients.archivedAt)))
      .orderBy(asc(clients.fullName), asc(clients.id))
      .limit(20)
  const direct = (i: number) => readPage(preparedDb, i)
  // Decomposition (Postgres): drizzle's default, each statement described by the server before it
  // runs (two round trips); and that read wrapped in drizzle's BEGIN/COMMIT, what the framing
  // alone costs before any role or context is set.
  const unprepared = (i: number) => readPage(db, i)
  const framed = (i: number) => db.transaction((tx) => readPage(tx, i))

  const withTenant = createWithTenant(pool ? pipelinedTransactions(pool) : drizzleTransactions(db))
  const isolated = (i: number) => withTenant(staffOf(i), (tx) => readPage(tx, i))
  // The same policy on clients, without the identity check the staff context carries.
  const unchecked = (i: number) => withTenant({ actor: 'system', tenantId: tenantAt(i) }, (tx) => readPage(tx, i))
  // Before pipelining (and still the PGlite path): drizzle's transaction, each statement awaited.
  const awaitedWithTenant = createWithTenant(drizzleTransactions(db))
  const awaited = (i: number) => awaitedWithTenant(staffOf(i), (tx) => readPage(tx, i))

  // Same answer every way, or the ratio means nothing.
  const answers = [await direct(3), await isolated(3), await unchecked(3), await awaited(3)].map((r) =>
    JSON.stringify(r),
  )
  if (new Set(answers).size !== 1 || (await direct(3)).length !== 20) throw new Error('the reads disagree')

  for (const op of [direct, unprepared, framed, awaited, unchecked, isolated]) await throughput(op, CONCURRENCY, 500)
  const directRuns: number[] = []
  const unpreparedRuns: number[] = []
  const framedRuns: number[] = []
  const awaitedRuns: number[] = []
  const uncheckedRuns: number[] = []
  const isolatedRuns: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    directRuns.push(await throughput(direct, CONCURRENCY, ROUND_MS))
    if (pool) {
      unpreparedRuns.push(await throughput(unprepared, CONCURRENCY, ROUND_MS))
      framedRuns.push(await throughput(framed, CONCURRENCY, ROUND_MS))
      awaitedRuns.push(await throughput(awaited, CONCURRENCY, ROUND_MS))
    }
    // Checked and unchecked side by side, in turns first, so a drift in load favours neither.
    const measure = (op: (i: number) => Promise<unknown>) => throughput(op, CONCURRENCY, ROUND_MS)
    if (round % 2) {
      isolatedRuns.push(await measure(isolated))
      uncheckedRuns.push(await measure(unchecked))
    } else {
      uncheckedRuns.push(await measure(unchecked))
      isolatedRuns.push(await measure(isolated))
    }
  }
  const fmt = (runs: number[]) =>
    `${median(runs).toFixed(0)} reads/s (runs ${runs.map((r) => r.toFixed(0)).join(', ')})`
  const ratio = median(isolatedRuns) / median(directRuns)
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`)
  console.log(`database: ${bench.label}; ${TENANTS} tenants x ${CLIENTS_PER_TENANT} clients; ${CONCURRENCY} callers`)
  const against = (runs: number[]) => `ratio ${(median(runs) / median(directRuns)).toFixed(2)}`
  console.log(`admin read, explicit WHERE tenant_id:       ${fmt(directRuns)}`)
  if (pool) {
    console.log(`  not prepared (drizzle's default):         ${fmt(unpreparedRuns)}  ${against(unpreparedRuns)}`)
    console.log(`  not prepared, inside BEGIN/COMMIT:        ${fmt(framedRuns)}  ${against(framedRuns)}`)
    console.log(`withTenant, drizzle's transaction (before): ${fmt(awaitedRuns)}  ${against(awaitedRuns)}`)
  }
  console.log(`withTenant, system actor (no identity check): ${fmt(uncheckedRuns)}  ${against(uncheckedRuns)}`)
  console.log(`withTenant read (staff actor, RLS):         ${fmt(isolatedRuns)}`)
  // Round by round, so a busy machine's swings between rounds cancel out.
  const checkCost = median(isolatedRuns.map((run, r) => run / (uncheckedRuns[r] ?? run)))
  console.log(`identity check: staff / system actor, median of rounds ${checkCost.toFixed(2)}`)
  if (pool) {
    // The driver decision (docs/decisions/with-tenant.md): pipelined against drizzle's own
    // transaction with the same context statement and check, round by round.
    const pipelinedGain = median(isolatedRuns.map((run, r) => run / (awaitedRuns[r] ?? run)))
    console.log(`pipelined driver / drizzle's transaction, median of rounds: ${pipelinedGain.toFixed(2)}`)
  }
  console.log(
    `tenant read ratio (withTenant / admin): ${ratio.toFixed(2)} (target >= 0.70, restated by issue 11: ${ratio >= 0.7 ? 'met' : 'NOT met'})`,
  )
} finally {
  await pool?.end({ timeout: 5 })
  await bench.close()
}
