import { asc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { clients } from '../src/schema'
import type { ActorContext, Tx } from '../src/with-tenant'
import {
  createTestDatabase,
  type TestDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
  usingPostgres,
} from './harness'
import { queryRows } from './support/query'

/*
 * On Postgres, tenant transactions run their statements as prepared statements of the connection:
 * one statement text, parsed once, then run for every actor who comes along on that connection.
 * The database must still answer each actor with its own rows only, also once Postgres has
 * switched the statement to a cached generic plan (after five runs). PGlite runs each statement
 * through its one session without preparing it.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  // One connection, so every transaction below reuses the same prepared statement.
  db = await createTestDatabase(twoTenantFixture, { poolMax: 1 })
})
afterAll(async () => db.close())

// The same query text for every actor (with a parameter: postgres.js sends a statement without any
// as a simple query, never prepared): what they see differs only by the policies.
const clientIds = (tx: Tx) => tx.select({ id: clients.id }).from(clients).orderBy(asc(clients.id)).limit(100)
const clientIdsOf = (tx: Tx, tenantId: string) =>
  tx.select({ id: clients.id }).from(clients).where(eq(clients.tenantId, tenantId)).orderBy(asc(clients.id))

describe.skipIf(!usingPostgres())('prepared statements in tenant transactions (Postgres)', () => {
  it('prepares a statement once per connection and keeps it for the next transactions', async () => {
    const { a } = db.data
    const staffA: ActorContext = { actor: 'staff', tenantId: a.id, userId: a.staffUserId }
    await db.app.withTenant(staffA, (tx) => clientIds(tx))
    const prepared = await db.app.withTenant(staffA, async (tx) => {
      await clientIds(tx)
      return queryRows(
        tx,
        z.object({ statement: z.string() }),
        sql`select statement from pg_prepared_statements where statement like '%from "clients"%'`,
      )
    })
    expect(prepared).toHaveLength(1)
  })

  it('answers every actor with its own rows only, through the same prepared statement and its generic plan', async () => {
    const { a, b } = db.data
    const actors: { ctx: ActorContext; expected: string[] }[] = [
      { ctx: { actor: 'staff', tenantId: a.id, userId: a.staffUserId }, expected: [] },
      {
        ctx: { actor: 'client', tenantId: a.id, userId: a.clientUserId, clientId: a.clientId },
        expected: [a.clientId],
      },
      { ctx: { actor: 'staff', tenantId: b.id, userId: b.staffUserId }, expected: [] },
      {
        ctx: { actor: 'client', tenantId: b.id, userId: b.clientUserId, clientId: b.clientId },
        expected: [b.clientId],
      },
      { ctx: { actor: 'public', tenantId: a.id }, expected: [] },
    ]
    // What each staff member may see, read once with an explicit tenant filter.
    for (const entry of actors) {
      if (entry.ctx.actor !== 'staff' || !entry.ctx.tenantId) continue
      const tenantId = entry.ctx.tenantId
      entry.expected = (await db.app.withTenant(entry.ctx, (tx) => clientIdsOf(tx, tenantId))).map((row) => row.id)
      expect(entry.expected.length).toBeGreaterThan(1)
    }
    // Ten rounds: well past the five custom plans after which Postgres may cache a generic one.
    for (let round = 0; round < 10; round++) {
      for (const { ctx, expected } of actors) {
        const seen = (await db.app.withTenant(ctx, (tx) => clientIds(tx))).map((row) => row.id)
        expect(seen).toEqual(expected)
      }
    }
  })
})
