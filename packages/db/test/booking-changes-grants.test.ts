import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TenantFixture, type TwoTenantFixture, twoTenantFixture } from './harness'
import { attempt, describeOutcome, insufficientPrivilege, queryRows } from './support/query'

/*
 * What booking changes may touch in the database: a client updates only the columns a cancel or
 * move of its own booking needs, never another client's booking nor the price; the hold sweep's
 * entry point names tenants with expired holds and nothing else, for the identity actor only.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const staff = (t: TenantFixture): ActorContext => ({ actor: 'staff', tenantId: t.id, userId: t.staffUserId })
const clientOf = (t: TenantFixture): ActorContext => ({ actor: 'client', tenantId: t.id, userId: t.clientUserId, clientId: t.clientId })
let seq = 0

/** A booking of the fixture's service (10 min buffers) for `clientId`, inserted as staff; its id. */
async function book(t: TenantFixture, start: string, clientId: string, status = 'confirmed', holdExpiresAt: string | null = null) {
  const startsAt = new Date(start)
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000)
  seq += 1
  const [row] = await db.app.withTenant(staff(t), (tx) =>
    queryRows(
      tx,
      z.object({ id: z.string() }),
      sql`insert into bookings (tenant_id, client_id, membership_id, service_id, starts_at, ends_at,
          buffer_before_minutes, buffer_after_minutes, blocked_from, blocked_until, status, price_cents, snapshot, locale,
          idempotency_key, hold_expires_at)
        values (${t.id}, ${clientId}, ${t.staffMembershipId}, ${t.serviceId}, ${startsAt.toISOString()}, ${endsAt.toISOString()},
          0, 0, ${startsAt.toISOString()}, ${endsAt.toISOString()}, ${status}::booking_status, 12000, '{}', 'fr', ${`grant-key-${seq}`},
          ${holdExpiresAt}::timestamptz)
        returning id`,
    ),
  )
  if (!row) throw new Error('booking not inserted')
  return row.id
}

const updatedRows = (ctx: ActorContext, statement: ReturnType<typeof sql>) =>
  attempt(() => db.app.withTenant(ctx, (tx) => queryRows(tx, z.object({ id: z.string() }), statement)))

describe('a client changing its bookings', () => {
  it('may cancel or move its own booking', async () => {
    const { a } = db.data
    const id = await book(a, '2031-04-01T14:00:00Z', a.clientId)
    const moved = await updatedRows(
      clientOf(a),
      sql`update bookings set starts_at = starts_at + interval '1 hour', ends_at = ends_at + interval '1 hour',
        blocked_from = blocked_from + interval '1 hour', blocked_until = blocked_until + interval '1 hour',
        reschedule_count = reschedule_count + 1, updated_at = now() where id = ${id} returning id`,
    )
    expect(moved.ok ? moved.value : describeOutcome(moved)).toEqual([{ id }])
    const cancelled = await updatedRows(clientOf(a), sql`update bookings set status = 'cancelled', cancelled_at = now() where id = ${id} returning id`)
    expect(cancelled.ok ? cancelled.value : describeOutcome(cancelled)).toEqual([{ id }])
  })

  it('may not change the price, snapshot, service or owner of its booking', async () => {
    const { a } = db.data
    const id = await book(a, '2031-04-02T14:00:00Z', a.clientId)
    for (const change of [
      sql`update bookings set price_cents = 0 where id = ${id} returning id`,
      sql`update bookings set snapshot = '{}' where id = ${id} returning id`,
      sql`update bookings set client_id = ${a.otherClientId} where id = ${id} returning id`,
      sql`update bookings set cancellation_reason = 'x' where id = ${id} returning id`,
    ]) {
      const outcome = await updatedRows(clientOf(a), change)
      expect(outcome.ok ? 'accepted' : outcome.code, describeOutcome(outcome)).toBe(insufficientPrivilege)
    }
  })

  it("cannot reach another client's booking", async () => {
    const { a } = db.data
    const id = await book(a, '2031-04-03T14:00:00Z', a.otherClientId)
    const outcome = await updatedRows(clientOf(a), sql`update bookings set status = 'cancelled' where id = ${id} returning id`)
    expect(outcome.ok ? outcome.value : describeOutcome(outcome)).toEqual([])
  })
})

describe('portail_private.tenants_with_expired_holds', () => {
  const ask = (ctx: ActorContext) =>
    attempt(() =>
      db.app.withTenant(ctx, (tx) =>
        queryRows(tx, z.object({ tenant_id: z.string() }), sql`select tenant_id::text from portail_private.tenants_with_expired_holds(now())`),
      ),
    )

  it('names the tenants holding an expired unpaid hold, not those whose holds are live, to the identity actor only', async () => {
    const { a, b } = db.data
    await book(a, '2031-05-01T14:00:00Z', a.clientId, 'pending_payment', new Date(Date.now() - 60_000).toISOString())
    await book(b, '2031-05-01T14:00:00Z', b.clientId, 'pending_payment', new Date(Date.now() + 600_000).toISOString())
    const seen = await ask({ actor: 'identity', tenantId: null })
    expect(seen.ok ? seen.value : describeOutcome(seen)).toEqual([{ tenant_id: a.id }])
    for (const ctx of [staff(a), clientOf(a), { actor: 'system', tenantId: a.id } satisfies ActorContext]) {
      const refused = await ask(ctx)
      expect(refused.ok ? 'accepted' : refused.code, describeOutcome(refused)).toBe(insufficientPrivilege)
    }
  })
})
