import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { attempt, describeOutcome, insufficientPrivilege, queryRows } from './support/query'

/*
 * staff_calendar_feeds: a member sees and revokes only their own feed, the system actor (the feed
 * endpoint) reads every feed of its tenant, clients and visitors none. booking_series: a client
 * reads the series made for it only.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const hashes = z.object({ token_hash: z.string() })
const staffOf = (userId: string): ActorContext => ({ actor: 'staff', tenantId: db.data.a.id, userId })
const addFeed = (userId: string, membershipId: string, hash: string) =>
  attempt(() =>
    db.app.withTenant(staffOf(userId), (tx) =>
      tx.execute(
        sql`insert into staff_calendar_feeds (tenant_id, membership_id, token_hash) values (${db.data.a.id}, ${membershipId}, ${hash})`,
      ),
    ),
  )

describe('staff_calendar_feeds', () => {
  it('lets a member make, read and revoke their own feed only', async () => {
    const { a } = db.data
    expect((await addFeed(a.staffUserId, a.staffMembershipId, 'staff-hash')).ok).toBe(true)
    const forTeammate = await addFeed(a.staffUserId, a.ownerMembershipId, 'forged-hash')
    expect(forTeammate.ok, describeOutcome(forTeammate)).toBe(false)
    expect((await addFeed(a.ownerUserId, a.ownerMembershipId, 'owner-hash')).ok).toBe(true)

    const seenByStaff = await db.app.withTenant(staffOf(a.staffUserId), (tx) =>
      queryRows(tx, hashes, sql`select token_hash from staff_calendar_feeds`),
    )
    expect(seenByStaff.map((row) => row.token_hash)).toEqual(['staff-hash'])
    const revokedByStaff = await db.app.withTenant(staffOf(a.staffUserId), (tx) =>
      queryRows(
        tx,
        hashes,
        sql`update staff_calendar_feeds set revoked_at = now() where token_hash = 'owner-hash' returning token_hash`,
      ),
    )
    expect(revokedByStaff).toEqual([])

    const seenBySystem = await db.app.withTenant({ actor: 'system', tenantId: a.id }, (tx) =>
      queryRows(
        tx,
        hashes,
        sql`select token_hash from staff_calendar_feeds where revoked_at is null order by token_hash`,
      ),
    )
    expect(seenBySystem.map((row) => row.token_hash)).toEqual(['owner-hash', 'staff-hash'])

    const byClient = await attempt(() =>
      db.app.withTenant({ actor: 'client', tenantId: a.id, userId: a.clientUserId, clientId: a.clientId }, (tx) =>
        tx.execute(sql`select token_hash from staff_calendar_feeds`),
      ),
    )
    expect(!byClient.ok && byClient.code, describeOutcome(byClient)).toBe(insufficientPrivilege)
  })
})

describe('booking_series', () => {
  it('shows a client the series made for it, never another client’s', async () => {
    const { a } = db.data
    for (const [index, clientId] of [a.clientId, a.otherClientId].entries())
      await db.app.withTenant(staffOf(a.ownerUserId), (tx) =>
        tx.execute(sql`insert into booking_series (tenant_id, client_id, membership_id, service_id, frequency, first_starts_at, until_date, time_zone, idempotency_key)
          values (${a.id}, ${clientId}, ${a.staffMembershipId}, ${a.serviceId}, 'weekly', '2030-05-06T13:00:00Z', '2030-09-30', 'America/Toronto', ${`series-key-${index}`})`),
      )
    const seen = await db.app.withTenant(
      { actor: 'client', tenantId: a.id, userId: a.clientUserId, clientId: a.clientId },
      (tx) => queryRows(tx, z.object({ client_id: z.string() }), sql`select client_id::text from booking_series`),
    )
    expect(seen).toEqual([{ client_id: a.clientId }])
  })
})
