import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { actorIn } from './support/actors'
import { attempt, queryRows } from './support/query'

/*
 * portail_private.tenant_counts: the operator console's member and client counts. Operators read
 * no membership or client row, so this function is the only way they learn how big a business is,
 * and it answers with numbers only.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    // An archived client is no longer counted.
    await admin.db.execute(sql`update clients set archived_at = now() where id = ${fixture.b.unlinkedClientId}`)
    return fixture
  })
})
afterAll(async () => db.close())

const countRow = z.object({ tenant_id: z.string(), member_count: z.coerce.number(), client_count: z.coerce.number() })
const counts = (ctx: ActorContext, ids: string[]) =>
  db.app.withTenant(ctx, (tx) =>
    queryRows(
      tx,
      countRow,
      sql`select tenant_id::text, member_count, client_count from portail_private.tenant_counts(${`{${ids.join(',')}}`}::uuid[]) order by tenant_id`,
    ),
  )
const operator = (): ActorContext => ({ actor: 'operator', tenantId: null, userId: db.data.operatorUserId })

describe('portail_private.tenant_counts', () => {
  it('gives an operator the members and current clients of each business asked about', async () => {
    const { a, b, suspended } = db.data
    const rows = await counts(operator(), [a.id, b.id, suspended.id])
    const byId = new Map(rows.map((row) => [row.tenant_id, [row.member_count, row.client_count]]))
    expect(byId.get(a.id)).toEqual([2, 3])
    expect(byId.get(b.id)).toEqual([2, 2])
    expect(byId.get(suspended.id)).toEqual([0, 0])
  })

  it('answers nothing about businesses it was not asked about', async () => {
    expect(await counts(operator(), [db.data.a.id])).toHaveLength(1)
    expect(await counts(operator(), [])).toEqual([])
  })

  it('cannot be called by any other actor', async () => {
    for (const actor of ['public', 'client', 'staff', 'system', 'identity'] as const) {
      const outcome = await attempt(() => counts(actorIn(db.data.a, actor, db.data.operatorUserId), [db.data.a.id]))
      expect(outcome.ok ? 'answered' : outcome.code, actor).toBe('42501')
    }
  })
})
