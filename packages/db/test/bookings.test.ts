import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TenantFixture, type TwoTenantFixture, twoTenantFixture } from './harness'
import { attempt, describeOutcome, insufficientPrivilege, queryRows } from './support/query'

/*
 * bookings_no_overlap: two active bookings of one staff member never overlap, buffers included,
 * whatever the code does; and what each actor may see of the bookings.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const staff = (t: TenantFixture): ActorContext => ({ actor: 'staff', tenantId: t.id, userId: t.staffUserId })
let seq = 0

/** A booking of the fixture's service (10 min buffers) for `clientId`, `start` in UTC. */
const book = (t: TenantFixture, start: string, minutes: number, clientId = t.clientId, status = 'confirmed') => {
  const startsAt = new Date(start)
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000)
  const blockedFrom = new Date(startsAt.getTime() - 10 * 60_000)
  const blockedUntil = new Date(endsAt.getTime() + 10 * 60_000)
  seq += 1
  return attempt(() =>
    db.app.withTenant(staff(t), (tx) =>
      tx.execute(sql`insert into bookings (tenant_id, client_id, membership_id, service_id, starts_at, ends_at,
          buffer_before_minutes, buffer_after_minutes, blocked_from, blocked_until, status, price_cents, snapshot, locale, idempotency_key)
        values (${t.id}, ${clientId}, ${t.staffMembershipId}, ${t.serviceId}, ${startsAt.toISOString()}, ${endsAt.toISOString()},
          10, 10, ${blockedFrom.toISOString()}, ${blockedUntil.toISOString()}, ${status}::booking_status, 12000, '{}', 'fr', ${`test-key-${seq}`})`),
    ),
  )
}

describe('bookings_no_overlap', () => {
  it('refuses an active booking whose buffered time meets another one (23P01), and allows back-to-back buffers', async () => {
    const { a } = db.data
    expect((await book(a, '2030-03-04T14:00:00Z', 60)).ok).toBe(true)
    // 15:05 starts inside the 10-minute buffer after 15:00 (and its own buffer before).
    const overlapping = await book(a, '2030-03-04T15:05:00Z', 60, a.otherClientId)
    expect(overlapping.ok ? 'accepted' : overlapping.code, describeOutcome(overlapping)).toBe('23P01')
    // Blocked until 15:10; the next one's blocked range starts at 15:10 exactly.
    expect((await book(a, '2030-03-04T15:20:00Z', 60, a.otherClientId)).ok).toBe(true)
  })

  it('lets a cancelled booking free its time, and one staff member block no one else', async () => {
    const { a, b } = db.data
    expect((await book(a, '2030-03-05T14:00:00Z', 60, a.clientId, 'cancelled')).ok).toBe(true)
    expect((await book(a, '2030-03-05T14:00:00Z', 60, a.otherClientId)).ok).toBe(true)
    expect((await book(b, '2030-03-05T14:00:00Z', 60)).ok).toBe(true)
  })

  it('refuses a blocked range that does not match the buffers', async () => {
    const { a } = db.data
    const wrong = await attempt(() =>
      db.app.withTenant(staff(a), (tx) =>
        tx.execute(sql`insert into bookings (tenant_id, client_id, membership_id, service_id, starts_at, ends_at,
            buffer_before_minutes, buffer_after_minutes, blocked_from, blocked_until, status, price_cents, snapshot, locale, idempotency_key)
          values (${a.id}, ${a.clientId}, ${a.staffMembershipId}, ${a.serviceId}, '2030-03-06T14:00Z', '2030-03-06T15:00Z',
            10, 10, '2030-03-06T14:00Z', '2030-03-06T15:00Z', 'confirmed', 0, '{}', 'fr', 'wrong-buffers')`),
      ),
    )
    expect(wrong.ok ? 'accepted' : wrong.code).toBe('23514')
  })
})

describe('who sees which booking', () => {
  it('shows a visitor the busy intervals of active bookings, never who booked', async () => {
    const { a } = db.data
    const visitor: ActorContext = { actor: 'public', tenantId: a.id }
    const busy = await db.app.withTenant(visitor, (tx) =>
      queryRows(tx, z.object({ status: z.string() }), sql`select status::text from bookings`),
    )
    expect(busy.length).toBeGreaterThan(0)
    expect(busy.every((row) => row.status === 'confirmed' || row.status === 'pending_payment')).toBe(true)
    const who = await attempt(() => db.app.withTenant(visitor, (tx) => tx.execute(sql`select client_id from bookings`)))
    expect(who.ok ? 'read' : who.code).toBe(insufficientPrivilege)
  })

  it('shows a client its own bookings only', async () => {
    const { a } = db.data
    const client: ActorContext = { actor: 'client', tenantId: a.id, userId: a.clientUserId, clientId: a.clientId }
    const mine = await db.app.withTenant(client, (tx) =>
      queryRows(tx, z.object({ client_id: z.string() }), sql`select client_id::text from bookings`),
    )
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((row) => row.client_id === a.clientId)).toBe(true)
  })

  it("lets a visitor read a business's closures but not their reason", async () => {
    const { a } = db.data
    await db.app.withTenant(staff(a), (tx) =>
      tx.execute(sql`insert into schedule_overrides (tenant_id, on_date, kind, reason) values (${a.id}, '2030-04-01', 'closed', 'private matter')`),
    )
    const visitor: ActorContext = { actor: 'public', tenantId: a.id }
    const dates = await db.app.withTenant(visitor, (tx) =>
      queryRows(tx, z.object({ on_date: z.string() }), sql`select on_date::text from schedule_overrides`),
    )
    expect(dates.map((row) => row.on_date)).toContain('2030-04-01')
    const reason = await attempt(() => db.app.withTenant(visitor, (tx) => tx.execute(sql`select reason from schedule_overrides`)))
    expect(reason.ok ? 'read' : reason.code).toBe(insufficientPrivilege)
  })
})
