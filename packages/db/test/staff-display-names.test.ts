import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { actorIn } from './support/actors'
import { attempt, queryRows } from './support/query'

/*
 * portail_private.staff_display_names: the public name of each team member of the business in
 * context, for the booking wizard. Visitors and clients read no membership or user row, so this is
 * all they learn about the team: ids and names, never an email, user id or role.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    // A's staff member chose a public name; A's owner did not; B's owner is known by an address only.
    await admin.db.execute(
      sql`update memberships set display_name = '  Marc L. ' where id = ${fixture.a.staffMembershipId}`,
    )
    await admin.db.execute(
      sql`update users set name = 'owner@b.test' where id = (select user_id from memberships where id = ${fixture.b.ownerMembershipId})`,
    )
    return fixture
  })
})
afterAll(async () => db.close())

const row = z.object({ membership_id: z.string(), display_name: z.string().nullable() })
const names = (ctx: ActorContext) =>
  db.app.withTenant(ctx, (tx) =>
    queryRows(
      tx,
      row,
      sql`select membership_id::text, display_name from portail_private.staff_display_names() order by display_name`,
    ),
  )

describe('portail_private.staff_display_names', () => {
  it('gives a visitor, a client and staff the chosen public name, else the first word of the name', async () => {
    const { a } = db.data
    for (const actor of ['public', 'client', 'staff'] as const) {
      const rows = await names(actorIn(a, actor, db.data.operatorUserId))
      expect(rows, actor).toEqual(
        expect.arrayContaining([
          { membership_id: a.staffMembershipId, display_name: 'Marc L.' },
          { membership_id: a.ownerMembershipId, display_name: 'owner' },
        ]),
      )
      expect(rows, actor).toHaveLength(2)
    }
  })

  it('answers only the business in context, and never shows an address as a name', async () => {
    const { a, b } = db.data
    const rows = await names(actorIn(b, 'public', db.data.operatorUserId))
    expect(rows.map((r) => r.membership_id).sort()).toEqual([b.ownerMembershipId, b.staffMembershipId].sort())
    expect(rows.find((r) => r.membership_id === b.ownerMembershipId)?.display_name).toBeNull()
    expect(rows.some((r) => r.membership_id === a.staffMembershipId)).toBe(false)
  })

  it('cannot be called by workflows, operators or the identity service', async () => {
    for (const actor of ['system', 'operator', 'identity'] as const) {
      const outcome = await attempt(() => names(actorIn(db.data.a, actor, db.data.operatorUserId)))
      expect(outcome.ok ? 'answered' : outcome.code, actor).toBe('42501')
    }
  })

  it('lets staff choose the public name, and visitors still cannot read the team', async () => {
    const { a } = db.data
    await db.app.withTenant(actorIn(a, 'staff', db.data.operatorUserId), (tx) =>
      tx.execute(sql`update memberships set display_name = 'Sophie' where id = ${a.ownerMembershipId}`),
    )
    expect((await names(actorIn(a, 'public', db.data.operatorUserId))).map((r) => r.display_name)).toContain('Sophie')
    const direct = await db.app.withTenant(actorIn(a, 'public', db.data.operatorUserId), (tx) =>
      queryRows(tx, z.object({ id: z.string() }), sql`select id::text from memberships`),
    )
    // A signed-in visitor sees at most its own membership row, as before.
    expect(direct.length).toBeLessThanOrEqual(1)
  })
})
