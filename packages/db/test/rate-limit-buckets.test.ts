import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { actorKinds } from '../src/schema/actor-roles'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { actorIn } from './support/actors'
import { attempt, describeOutcome, isRefused, queryRows } from './support/query'

/*
 * The rate limiter's counters belong to the identity actor alone, which may also erase them; the
 * hourly purge (identityPurge) deletes expired ones; no tenant actor can read, reset or inflate
 * another's limits.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    await admin.db.execute(
      sql`insert into rate_limit_buckets (key, points, expires_at) values ('k1', 1, now() + interval '1 minute')`,
    )
    return fixture
  })
})
afterAll(async () => db.close())

const identity: ActorContext = { actor: 'identity', tenantId: null }
const keyRow = z.object({ key: z.string() })

describe('rate_limit_buckets', () => {
  it.each(actorKinds.filter((kind) => kind !== 'identity' && kind !== 'identityPurge'))(
    'is closed to the %s actor',
    async (actor) => {
      const ctx = actorIn(db.data.a, actor, db.data.operatorUserId)
      for (const statement of [
        sql`select key from rate_limit_buckets`,
        sql`insert into rate_limit_buckets (key, points, expires_at) values ('k2', 1, now())`,
        sql`delete from rate_limit_buckets`,
      ]) {
        const outcome = await attempt(() => db.app.withTenant(ctx, (tx) => tx.execute(statement)))
        expect(isRefused(outcome), describeOutcome(outcome)).toBe(true)
      }
    },
  )

  it('is read, counted up and purged by the identity actor', async () => {
    const keys = await db.app.withTenant(identity, async (tx) => {
      await tx.execute(
        sql`insert into rate_limit_buckets (key, points, expires_at) values ('k3', 1, now() - interval '1 second')`,
      )
      await tx.execute(sql`update rate_limit_buckets set points = points + 1 where key = 'k1'`)
      await tx.execute(sql`delete from rate_limit_buckets where expires_at < now()`)
      return queryRows(tx, keyRow, sql`select key from rate_limit_buckets`)
    })
    expect(keys).toEqual([{ key: 'k1' }])
  })
})
