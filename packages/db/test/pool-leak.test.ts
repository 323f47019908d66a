import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { pgErrorCode } from '../src/db-errors'
import { type ActorKind, dbRoleNames } from '../src/schema/actor-roles'
import type { ActorContext, Tx } from '../src/with-tenant'
import {
  createTestDatabase,
  type TenantFixture,
  type TestDatabase,
  type TwoTenantFixture,
  usingPostgres,
} from './harness'
import { actorIn } from './support/actors'
import { isolationFixture } from './support/isolation-fixture'
import { insufficientPrivilege, queryRows } from './support/query'

/*
 * A pooled connection outlives the transaction that used it. This suite hammers a pool of two
 * connections with thousands of interleaved tenant transactions, some failing halfway, and some
 * queries that forgot withTenant, then checks that no context survived on either connection and
 * that no read ever returned another tenant's row.
 */

const onPostgres = usingPostgres()
if (!onPostgres)
  console.info('pool-leak: skipped on PGlite (one session, no pool); set DATABASE_URL to run it on Postgres')

const transactions = 2_000
const inFlight = 16

class AbortedByApp extends Error {
  constructor() {
    super('aborted by the app after the context was set')
    this.name = 'AbortedByApp'
  }
}

type Plan = 'read' | 'throw' | 'sql-error' | 'forgot-with-tenant'

/** Deterministic mix, so a failure reproduces: ~75% reads, ~10% thrown, ~10% SQL errors, ~5% raw. */
function planFor(i: number): Plan {
  const roll = (i * 7919) % 100
  if (roll < 10) return 'throw'
  if (roll < 20) return 'sql-error'
  if (roll < 25) return 'forgot-with-tenant'
  return 'read'
}

const actorsByTenant: readonly ActorKind[] = ['staff', 'system', 'client', 'public', 'operator']

interface Probe {
  ctx: ActorContext
  /** What the actor reads, with each row's tenant. */
  read: SQL
}

const probeFor = (ctx: ActorContext): Probe => {
  switch (ctx.actor) {
    case 'public':
      return { ctx, read: sql`select id::text as tenant_id from tenants` }
    case 'operator':
      return { ctx, read: sql`select tenant_id::text as tenant_id from audit_log` }
    default:
      return { ctx, read: sql`select tenant_id::text as tenant_id from clients` }
  }
}

const sessionState = z.object({
  pid: z.number(),
  who: z.string(),
  tenant: z.string().nullable(),
  user_id: z.string().nullable(),
  client_id: z.string().nullable(),
})
const sessionStateSql = `select pg_backend_pid() as pid, current_user::text as who,
  current_setting('app.tenant_id', true) as tenant, current_setting('app.user_id', true) as user_id,
  current_setting('app.client_id', true) as client_id`
const noContext = (state: z.infer<typeof sessionState>) =>
  state.who === dbRoleNames.login && !state.tenant && !state.user_id && !state.client_id

describe.skipIf(!onPostgres)('a pool of two connections under interleaved tenant transactions', () => {
  let db: TestDatabase<TwoTenantFixture>
  beforeAll(async () => {
    db = await createTestDatabase(isolationFixture, { poolMax: 2 })
  })
  afterAll(async () => db.close())

  const appSql = () => {
    if (!db.appSql) throw new Error('pool-leak needs the Postgres pool')
    return db.appSql
  }

  function probeAt(i: number): Probe {
    const { a, b, suspended, operatorUserId } = db.data
    const tenant = i % 3
    if (tenant === 2) {
      // The suspended tenant has no members, so no staff context of it passes the identity check.
      const actor = (['system', 'public'] as const)[Math.floor(i / 3) % 2] ?? 'system'
      return probeFor({ actor, tenantId: suspended.id, userId: null })
    }
    const fixture: TenantFixture = tenant === 0 ? a : b
    return probeFor(
      actorIn(fixture, actorsByTenant[Math.floor(i / 3) % actorsByTenant.length] ?? 'staff', operatorUserId),
    )
  }

  async function readInContext(tx: Tx, probe: Probe) {
    const [state] = await queryRows(tx, sessionState, sql.raw(sessionStateSql))
    const rows = await queryRows(tx, z.object({ tenant_id: z.string() }), probe.read)
    return { state, tenantIds: rows.map((row) => row.tenant_id) }
  }

  it(`keeps ${transactions.toLocaleString('en')} transactions apart and leaves no context behind`, async () => {
    const anomalies: string[] = []
    const pids = new Set<number>()
    const counts = { read: 0, rows: 0, foreign: 0, aborted: 0, refused: 0 }

    async function runOne(i: number) {
      const plan = planFor(i)
      const probe = probeAt(i)
      const { ctx } = probe
      if (plan === 'forgot-with-tenant') {
        const [state] = z.array(sessionState).parse(await appSql().unsafe(sessionStateSql))
        if (!state || !noContext(state)) anomalies.push(`#${i} raw session carried a context: ${JSON.stringify(state)}`)
        const raw = await appSql()`select tenant_id from clients limit 1`.then(
          () => 'succeeded',
          (error: unknown) => pgErrorCode(error),
        )
        if (raw === insufficientPrivilege) counts.refused++
        else anomalies.push(`#${i} a query outside withTenant ${raw ?? 'failed without a code'}`)
        return
      }
      try {
        const seen = await db.app.withTenant(ctx, async (tx) => {
          const result = await readInContext(tx, probe)
          if (plan === 'throw') throw new AbortedByApp()
          if (plan === 'sql-error') await tx.execute(sql`select 1 / 0`)
          return result
        })
        counts.read++
        counts.rows += seen.tenantIds.length
        if (seen.state) pids.add(seen.state.pid)
        if (seen.state?.who !== dbRoleNames[ctx.actor] || seen.state.tenant !== ctx.tenantId) {
          anomalies.push(`#${i} ${ctx.actor} ran with ${JSON.stringify(seen.state)}`)
        }
        const foreign = seen.tenantIds.filter((id) => id !== ctx.tenantId)
        counts.foreign += foreign.length
        if (foreign.length > 0)
          anomalies.push(`#${i} ${ctx.actor} of ${ctx.tenantId ?? '-'} read rows of ${foreign.join(', ')}`)
      } catch (error) {
        const expected =
          plan === 'throw' ? error instanceof AbortedByApp : plan === 'sql-error' && pgErrorCode(error) === '22012'
        if (expected) counts.aborted++
        else anomalies.push(`#${i} ${plan} failed unexpectedly: ${String(error)}`)
      }
    }

    let next = 0
    const worker = async () => {
      while (next < transactions) await runOne(next++)
    }
    await Promise.all(Array.from({ length: inFlight }, worker))

    expect(anomalies.slice(0, 10), `${anomalies.length} anomalies`).toEqual([])
    expect(counts.foreign).toBe(0)
    expect(counts.read + counts.aborted + counts.refused).toBe(transactions)
    expect(counts.aborted).toBeGreaterThan(transactions * 0.15)
    expect(counts.refused).toBeGreaterThan(0)
    expect(counts.rows, 'the reads did return rows of their own tenant').toBeGreaterThan(counts.read)
    expect(pids.size, 'both pooled connections served transactions').toBe(2)

    const first = await appSql().reserve()
    const second = await appSql().reserve()
    try {
      const states = [
        ...z.array(sessionState).parse(await first.unsafe(sessionStateSql)),
        ...z.array(sessionState).parse(await second.unsafe(sessionStateSql)),
      ]
      expect(new Set(states.map((state) => state.pid))).toEqual(pids)
      expect(
        states.filter((state) => !noContext(state)),
        'pooled connections still carrying a context',
      ).toEqual([])
    } finally {
      first.release()
      second.release()
    }
  })
})
