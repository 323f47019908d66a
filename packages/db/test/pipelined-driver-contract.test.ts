import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { asc, eq, inArray, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  ConnectionAcquireTimeoutError,
  type PipelinedOptions,
  pipelinedTransactions,
} from '../src/connection/pipelined-transactions'
import { findWorkspaceRoot } from '../src/connection/workspace-paths'
import { clients } from '../src/schema'
import { type ActorContext, createWithTenant } from '../src/with-tenant'
import {
  createTestDatabase,
  type TestDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
  usingPostgres,
} from './harness'
import { queryRows } from './support/query'

/*
 * pipelinedTransactions builds drizzle's transaction by hand on a reserved postgres.js connection
 * (docs/decisions/with-tenant.md), so it relies on how drizzle-orm 0.45.4 talks to its client:
 * only through `unsafe`. Every query shape the app uses runs through it here; a drizzle that
 * reaches for anything else fails these tests with UnsupportedDrizzleCallError. Then the two
 * bounds it keeps: a transaction waits for a connection only so long, and a connection holds only
 * so many prepared statements. Postgres only: PGlite runs drizzle's own transaction.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture, { poolMax: 1 })
})
afterAll(async () => db.close())

const staffOf = (data: TwoTenantFixture): ActorContext => ({
  actor: 'staff',
  tenantId: data.a.id,
  userId: data.a.staffUserId,
})

const withTenantOn = (options: PipelinedOptions) => {
  if (!db.appSql) throw new Error('Postgres only')
  return createWithTenant(pipelinedTransactions(db.appSql, options))
}

describe('the drizzle the pipelined driver was written against', () => {
  it('is pinned to one exact version in every package that depends on it', () => {
    const root = findWorkspaceRoot()
    const specs = ['apps', 'packages', 'inngest']
      .flatMap((folder) => {
        const path = join(root, folder)
        if (folder === 'inngest') return [join(path, 'package.json')]
        return readdirSync(path).map((name) => join(path, name, 'package.json'))
      })
      .flatMap((file) => {
        let text: string
        try {
          text = readFileSync(file, 'utf8')
        } catch {
          return []
        }
        const manifest = z.object({ dependencies: z.record(z.string(), z.string()).optional() }).parse(JSON.parse(text))
        const spec = manifest.dependencies?.['drizzle-orm']
        return spec ? [spec] : []
      })
    expect(specs.length).toBeGreaterThan(3)
    expect(new Set(specs)).toEqual(new Set(['0.45.4']))
  })
})

describe.skipIf(!usingPostgres())('the pipelined driver (Postgres)', () => {
  it('runs every query shape the app uses: select, insert, update and delete returning, raw SQL, relational queries, locks and savepoints', async () => {
    const staff = staffOf(db.data)
    const tenantId = db.data.a.id
    const outcome = await db.app.withTenant(staff, async (tx) => {
      const [created] = await tx
        .insert(clients)
        .values({ tenantId, fullName: 'Contrat Pilote', email: 'contrat@pilote.test' })
        .returning({ id: clients.id })
      if (!created) throw new Error('not created')
      const [renamed] = await tx
        .update(clients)
        .set({ fullName: 'Contrat Renommé' })
        .where(eq(clients.id, created.id))
        .returning({ fullName: clients.fullName })
      const locked = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, created.id)).for('update')
      const related = await tx.query.clients.findFirst({ where: eq(clients.id, created.id), columns: { email: true } })
      const raw = await queryRows(
        tx,
        z.object({ n: z.coerce.number() }),
        sql`select count(*) as n from clients where id = ${created.id}`,
      )
      // A failed savepoint rolls back its own work only.
      await tx
        .transaction(async (nested) => {
          await nested.update(clients).set({ fullName: 'Jamais' }).where(eq(clients.id, created.id))
          throw new Error('undo the savepoint')
        })
        .catch(() => undefined)
      const kept = await tx.transaction((nested) =>
        nested.select({ fullName: clients.fullName }).from(clients).where(eq(clients.id, created.id)),
      )
      const deleted = await tx.delete(clients).where(eq(clients.id, created.id)).returning({ id: clients.id })
      return { renamed, locked, related, raw, kept, deleted, id: created.id }
    })
    expect(outcome.renamed).toEqual({ fullName: 'Contrat Renommé' })
    expect(outcome.locked).toEqual([{ id: outcome.id }])
    expect(outcome.related).toEqual({ email: 'contrat@pilote.test' })
    expect(outcome.raw).toEqual([{ n: 1 }])
    expect(outcome.kept).toEqual([{ fullName: 'Contrat Renommé' }])
    expect(outcome.deleted).toEqual([{ id: outcome.id }])
  })

  it('gives up waiting for a connection after the acquire timeout with a clear error, and the pool recovers', async () => {
    const withTenant = withTenantOn({ acquireTimeoutMs: 150 })
    const staff = staffOf(db.data)
    let letGo = () => undefined as void
    const holding = new Promise<void>((resolve) => {
      letGo = resolve
    })
    let opened = () => undefined as void
    const isOpen = new Promise<void>((resolve) => {
      opened = resolve
    })
    // The pool's only connection, held by a transaction until we let go.
    const holder = withTenant(staff, async (tx) => {
      await tx.execute(sql`select 1`)
      opened()
      await holding
    })
    await isOpen
    const waited = withTenant(staff, (tx) => tx.execute(sql`select 1`))
    await expect(waited).rejects.toBeInstanceOf(ConnectionAcquireTimeoutError)
    await expect(waited).rejects.toThrow(/No database connection came free within 150 ms: all 1 are held/)
    letGo()
    await holder
    // The timed-out waiter left the queue: the next transaction gets the connection at once.
    const rows = await withTenant(staff, (tx) => tx.select({ id: clients.id }).from(clients).limit(1))
    expect(rows).toHaveLength(1)
  })

  it('prepares at most the configured number of statement texts; later ones still run, unprepared', async () => {
    const withTenant = withTenantOn({ maxPreparedStatements: 2 })
    const staff = staffOf(db.data)
    const { a } = db.data
    const ids = [a.clientId, a.otherClientId, a.unlinkedClientId]
    const countsBefore = await preparedListReads()
    // Five texts: drizzle writes `in ($1)`, `in ($1, $2)`, … one per list length.
    for (let length = 1; length <= 5; length++) {
      const wanted = Array.from({ length }, (_, i) => ids[i % ids.length] ?? '')
      const seen = await withTenant(staff, (tx) =>
        tx.select({ id: clients.id }).from(clients).where(inArray(clients.id, wanted)).orderBy(asc(clients.id)),
      )
      expect(seen.map((row) => row.id)).toEqual([...new Set(wanted)].sort())
    }
    expect((await preparedListReads()) - countsBefore).toBe(2)
  })
})

/** The prepared list reads of clients on the pool's one connection. */
async function preparedListReads() {
  const rows = await db.app.withTenant(staffOf(db.data), (tx) =>
    queryRows(
      tx,
      z.object({ n: z.coerce.number() }),
      sql`select count(*) as n from pg_prepared_statements where statement like '%from "clients" where "clients"."id" in%'`,
    ),
  )
  return rows[0]?.n ?? 0
}
