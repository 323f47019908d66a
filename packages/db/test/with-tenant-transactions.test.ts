import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { TransactionEndedError } from '../src/connection/pipelined-transactions'
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

// Connections in the app's pool on Postgres; the fairness test below counts on it.
const poolSize = 4

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture, { poolMax: poolSize })
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
    // drizzle wraps the driver's refusal; its cause says why. On Postgres the connection may already
    // carry the next transaction: the guard refuses before anything is sent. On PGlite, drizzle's
    // transaction is closed.
    const refusal = await readProbe(leaked).then(
      () => 'ran',
      (error: unknown) => (error instanceof Error ? error.cause : error),
    )
    if (usingPostgres()) expect(refusal).toBeInstanceOf(TransactionEndedError)
    else expect(refusal).toEqual(expect.objectContaining({ message: 'Transaction is closed' }))
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

  // The pool's fairness; PGlite has one session and no pool. The health check queues in the pool
  // itself, while tenant transactions hand their connection straight to the next waiting one: without
  // the driver's bound on hand-overs in a row (32), a connection would never go back to the pool, and
  // the check would wait for as long as tenant transactions keep coming.
  it.skipIf(!usingPostgres())(
    'never keeps the health check waiting for as long as tenant transactions keep coming',
    async () => {
      const { a } = db.data
      // More workers than connections, so some transaction always waits and each commit hands over.
      const workers = 4 * poolSize
      // Far more than a fair pool needs (each connection serves at most 32 in a row before the
      // pool's turn), far less than forever.
      const starvationBound = 4 * 32 * poolSize
      const warmedUp = signal()
      const starved = signal()
      let stop = false
      let transactions = 0
      let pingIssuedAt: number | null = null
      let pingWaiting = false
      let inFlight = 0
      let peakInFlight = 0
      const transaction = () =>
        db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, async (tx) => {
          inFlight += 1
          if (pingWaiting) peakInFlight = Math.max(peakInFlight, inFlight)
          try {
            return await readProbe(tx)
          } finally {
            inFlight -= 1
          }
        })
      const worker = async () => {
        while (!stop) {
          await transaction()
          transactions += 1
          if (transactions >= 50) warmedUp.fire()
          if (pingIssuedAt !== null && transactions - pingIssuedAt >= starvationBound) starved.fire()
        }
      }
      const running = Array.from({ length: workers }, worker)
      await warmedUp.fired
      // The check is issued while every connection holds a tenant transaction (on a loaded machine
      // the workers do not always fill the pool by themselves at that moment).
      while (inFlight < poolSize) await new Promise((resolve) => setImmediate(resolve))
      pingIssuedAt = transactions
      pingWaiting = true
      peakInFlight = inFlight
      const outcome = await Promise.race([
        db.app.ping().then(() => {
          pingWaiting = false
          return 'answered' as const
        }),
        starved.fired.then(() => 'starved' as const),
      ])
      const servedWhileWaiting = transactions - pingIssuedAt
      stop = true
      await Promise.all(running)
      expect(outcome).toBe('answered')
      // The check really waited behind tenant transactions: every connection of the pool held one
      // while it was queued, and they kept finishing (and coming) until it was served.
      expect(peakInFlight).toBe(poolSize)
      expect(servedWhileWaiting).toBeGreaterThan(0)
    },
  )
})

/** A promise and the function that settles it: the test goes on at an event, not after a delay. */
function signal() {
  let fire: () => void = () => undefined
  const fired = new Promise<void>((resolve) => {
    fire = resolve
  })
  return { fire, fired }
}
