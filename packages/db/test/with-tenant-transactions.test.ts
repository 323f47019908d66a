import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Tx } from '../src/with-tenant'
import {
  createTestDatabase,
  type TestDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
  usingPostgres,
} from './harness'
import { queryRows } from './support/query'

/*
 * The transaction withTenant hands out, on both drivers (on Postgres the pipelined one): savepoints
 * behave, and it cannot be used once withTenant has returned, when its connection may already
 * carry someone else's transaction.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const probe = z.object({ probe: z.string().nullable() })
const readProbe = async (tx: Tx) =>
  (await queryRows(tx, probe, sql`select current_setting('app.probe', true) as probe`))[0]?.probe

describe('a withTenant transaction', () => {
  it('nests as savepoints: an inner failure undoes only the inner work', async () => {
    const { a } = db.data
    const seen = await db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, async (tx) => {
      await tx.execute(sql`select set_config('app.probe', 'outer', true)`)
      const inner = await tx
        .transaction(async (nested) => {
          await nested.execute(sql`select set_config('app.probe', 'inner', true)`)
          throw new Error('inner fails')
        })
        .catch((error: unknown) => (error instanceof Error ? error.message : 'other'))
      const kept = await tx.transaction(async (nested) => {
        await nested.execute(sql`select set_config('app.probe', 'kept', true)`)
        return readProbe(nested)
      })
      return { inner, kept, after: await readProbe(tx) }
    })
    expect(seen).toEqual({ inner: 'inner fails', kept: 'kept', after: 'kept' })
  })

  it("offers drizzle's relational queries (built on first use on Postgres)", async () => {
    const { a } = db.data
    const found = await db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, (tx) =>
      tx.query.clients.findFirst({ columns: { id: true }, where: (row, { eq }) => eq(row.id, a.clientId) }),
    )
    expect(found).toEqual({ id: a.clientId })
  })

  it('refuses a query through it once withTenant has returned', async () => {
    const { a } = db.data
    const leaked = await db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, (tx) =>
      Promise.resolve(tx),
    )
    await expect(readProbe(leaked)).rejects.toThrow()
  })

  it('rolls back when the function throws, and the next transaction starts clean', async () => {
    const { a, b } = db.data
    await expect(
      db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, async (tx) => {
        await tx.execute(sql`select set_config('app.probe', 'left over', false)`)
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    const after = await db.app.withTenant({ actor: 'staff', tenantId: b.id, userId: b.staffUserId }, async (tx) => ({
      probe: await readProbe(tx),
      tenant: (await queryRows(tx, z.object({ t: z.string() }), sql`select current_setting('app.tenant_id') as t`))[0]
        ?.t,
    }))
    // Even a session-level setting made inside the transaction is undone by its ROLLBACK.
    expect(after).toEqual({ probe: '', tenant: b.id })
  })

  // The pool's fairness; PGlite has one session and no pool.
  it.skipIf(!usingPostgres())(
    'never keeps the health check waiting for as long as tenant transactions keep coming',
    async () => {
      const { a } = db.data
      let running = true
      let transactions = 0
      const worker = async () => {
        while (running) {
          await db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, (tx) => readProbe(tx))
          transactions++
        }
      }
      const workers = Array.from({ length: 16 }, worker)
      while (transactions < 50) await new Promise((resolve) => setTimeout(resolve, 5))
      // Served while the workers still queue for connections: the pool's own queue gets its turn.
      await db.app.ping()
      const during = running
      running = false
      await Promise.all(workers)
      expect(during).toBe(true)
    },
  )
})
