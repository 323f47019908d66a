import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AdminConnection } from '../src/admin/admin-connection'
import { dbRoleNames } from '../src/schema/actor-roles'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { columnGrants, grantsOf, policiesOf, schemasOf } from './support/privileges'
import { attempt, describeOutcome, isRefused, queryRows, readCatalog, rowsOf } from './support/query'

/*
 * The job actors of the cron workflows (0051-0053): the unpaid-hold sweep (holdRelease) and the
 * identity purge (identityPurge). Each holds exactly the grants its job needs; the statements
 * below are the ones their code runs, so a grant missing for real work fails here as surely as
 * one too many.
 */

interface Fixture extends TwoTenantFixture {
  expiredHoldId: string
}

async function fixture(admin: AdminConnection): Promise<Fixture> {
  const base = await twoTenantFixture(admin)
  const { a } = base
  const [hold] = z.array(z.object({ id: z.string() })).parse(
    rowsOf(
      await admin.db
        .execute(sql`insert into bookings (tenant_id, client_id, membership_id, service_id, starts_at, ends_at,
        buffer_before_minutes, buffer_after_minutes, blocked_from, blocked_until, status, hold_expires_at, price_cents,
        snapshot, locale, idempotency_key)
      values (${a.id}, ${a.clientId}, ${a.staffMembershipId}, ${a.serviceId}, now() + interval '1 day', now() + interval '25 hours',
        0, 0, now() + interval '1 day', now() + interval '25 hours', 'pending_payment', now() - interval '1 minute', 12000,
        '{}', 'fr', 'job-actors-hold') returning id::text`),
    ),
  )
  if (!hold) throw new Error('hold not inserted')
  const [user] = z
    .array(z.object({ id: z.string() }))
    .parse(
      rowsOf(
        await admin.db.execute(
          sql`insert into users (external_id, email, name) values ('dev:ana@example.test', 'ana@example.test', 'ana') returning id::text`,
        ),
      ),
    )
  if (!user) throw new Error('user not inserted')
  await admin.db.execute(sql`insert into sign_in_codes (email, code_hash, expires_at) values
    ('ana@example.test', 'old', now() - interval '25 hours'), ('ana@example.test', 'live', now() + interval '10 minutes')`)
  await admin.db.execute(sql`insert into user_sessions (user_id, expires_at, revoked_at) values
    (${user.id}, now() + interval '1 day', null), (${user.id}, now() + interval '1 day', now())`)
  return { ...base, expiredHoldId: hold.id }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const anyRow = z.object({}).loose()
const as = (actor: ActorContext['actor']) => (statement: SQL) =>
  attempt(() => db.app.withTenant({ actor, tenantId: null }, (tx) => queryRows(tx, anyRow, statement)))

describe('the job roles in the catalog', () => {
  const expected: Record<string, string[]> = {
    [dbRoleNames.holdRelease]: [
      ...columnGrants('bookings', 'SELECT', [
        'tenant_id',
        'id',
        'client_id',
        'membership_id',
        'starts_at',
        'status',
        'hold_expires_at',
      ]),
      ...columnGrants('bookings', 'UPDATE', ['status', 'cancelled_at', 'updated_at']),
      'audit_log INSERT',
      'event_outbox INSERT',
    ],
    [dbRoleNames.identityPurge]: [
      ...columnGrants('sign_in_codes', 'SELECT', ['id', 'expires_at']),
      'sign_in_codes DELETE',
      ...columnGrants('user_sessions', 'SELECT', ['id', 'revoked_at', 'expires_at']),
      'user_sessions DELETE',
      ...columnGrants('rate_limit_buckets', 'SELECT', ['key', 'expires_at']),
      'rate_limit_buckets DELETE',
      ...columnGrants('session_transfers', 'SELECT', ['id', 'expires_at']),
      'session_transfers DELETE',
    ],
  }
  const policies: Record<string, string[]> = {
    [dbRoleNames.holdRelease]: [
      'audit_log.audit_log_hold_release',
      'bookings.bookings_hold_release',
      'event_outbox.event_outbox_hold_release',
    ],
    [dbRoleNames.identityPurge]: [
      'rate_limit_buckets.rate_limit_buckets_identity_purge',
      'session_transfers.session_transfers_identity_purge',
      'sign_in_codes.sign_in_codes_identity_purge',
      'user_sessions.user_sessions_identity_purge',
    ],
  }

  it.each(Object.keys(expected))('%s holds exactly the grants of its job', async (role) => {
    expect(await grantsOf(db.app, role)).toEqual([...(expected[role] ?? [])].sort())
  })

  it.each(Object.keys(policies))('%s is a NOLOGIN role without BYPASSRLS, with its policies only', async (role) => {
    const [attributes] = await readCatalog(
      db.app,
      z.object({ rolcanlogin: z.boolean(), rolbypassrls: z.boolean(), rolsuper: z.boolean() }),
      sql`select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = ${role}`,
    )
    expect(attributes).toEqual({ rolcanlogin: false, rolbypassrls: false, rolsuper: false })
    expect(await policiesOf(db.app, role)).toEqual(policies[role])
    expect(await schemasOf(db.app, role)).toEqual(['public'])
  })

  it('the identity actor no longer deletes codes, sessions or transfers, nor records mail deliveries', async () => {
    const identity = await grantsOf(db.app, dbRoleNames.identity)
    for (const gone of [
      'sign_in_codes DELETE',
      'user_sessions DELETE',
      'session_transfers DELETE',
      'mail_outbox.status UPDATE',
      'mail_outbox.next_attempt_at UPDATE',
    ]) {
      expect(identity).not.toContain(gone)
    }
    expect(identity).toContain('rate_limit_buckets DELETE')
  })
})

describe.each(['holdRelease', 'identityPurge'] as const)('the %s actor', (actor) => {
  it('cannot be given a tenant', async () => {
    const given = await attempt(() => db.app.withTenant({ actor, tenantId: db.data.a.id }, () => Promise.resolve(1)))
    expect(!given.ok && given.message).toMatch(`the ${actor} actor has no tenant`)
  })

  it.each(['users', 'tenants', 'memberships', 'clients', 'mail_outbox', 'message_deliveries', 'workflow_runs'])(
    'reads nothing of %s',
    async (table) => {
      const read = await as(actor)(sql`select count(*) as n from ${sql.identifier(table)}`)
      expect(read.ok ? `read ${JSON.stringify(read.value)}` : read.code, describeOutcome(read)).toBe('42501')
    },
  )

  it('calls no cross-tenant entry point', async () => {
    const called = await as(actor)(sql`select * from portail_private.tenant_by_slug('alpha-pools')`)
    expect(isRefused(called), describeOutcome(called)).toBe(true)
  })
})

describe('the unpaid-hold sweep (holdRelease)', () => {
  const sweep = as('holdRelease')

  it('finds expired holds of every business, cancels one, and audits and announces it', async () => {
    const { a } = db.data
    const found = await sweep(
      sql`select distinct tenant_id from bookings where status = 'pending_payment' and hold_expires_at <= now()`,
    )
    expect(found).toEqual({ ok: true, value: [{ tenant_id: a.id }] })
    const released = await sweep(sql`update bookings set status = 'cancelled', cancelled_at = now(), updated_at = now()
      where tenant_id = ${a.id} and status = 'pending_payment' and hold_expires_at <= now()
      returning id, client_id, membership_id, starts_at`)
    expect(released.ok && released.value.map((row) => row.id)).toEqual([db.data.expiredHoldId])
    const recorded = await attempt(() =>
      db.app.withTenant({ actor: 'holdRelease', tenantId: null }, async (tx) => {
        await tx.execute(sql`insert into audit_log (tenant_id, actor_role, action, entity_type, entity_id, client_id, data)
          values (${a.id}, 'system', 'booking.hold_expired', 'booking', ${db.data.expiredHoldId}, ${a.clientId}, '{}')`)
        await tx.execute(sql`insert into event_outbox (tenant_id, name, payload)
          values (${a.id}, 'booking/cancelled', '{"by":"system"}')`)
      }),
    )
    expect(recorded.ok, describeOutcome(recorded)).toBe(true)
  })

  it('reads no price, note, address or snapshot of a booking, and reads back neither audit log nor outbox', async () => {
    for (const statement of [
      sql`select price_cents from bookings`,
      sql`select notes from bookings`,
      sql`select service_address from bookings`,
      sql`select snapshot from bookings`,
      sql`select id from audit_log`,
      sql`select payload from event_outbox`,
    ]) {
      const read = await sweep(statement)
      expect(isRefused(read), describeOutcome(read)).toBe(true)
    }
  })

  it('changes nothing of a booking but its cancellation, and deletes nothing', async () => {
    for (const statement of [
      sql`update bookings set starts_at = now() returning id`,
      sql`update bookings set price_cents = 0 returning id`,
      sql`delete from bookings returning id`,
      sql`delete from audit_log returning id`,
      sql`update event_outbox set delivered_at = now() returning id`,
    ]) {
      const changed = await sweep(statement)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })
})

describe('the identity purge (identityPurge)', () => {
  const purge = as('identityPurge')

  it('deletes a code a day past expiry and a revoked session, never a live one', async () => {
    const codes = await purge(sql`delete from sign_in_codes where expires_at < now() - interval '1 day' returning id`)
    expect(codes.ok && codes.value.length, describeOutcome(codes)).toBe(1)
    const sessions = await purge(
      sql`delete from user_sessions where revoked_at is not null or expires_at <= now() returning id`,
    )
    expect(sessions.ok && sessions.value.length, describeOutcome(sessions)).toBe(1)
    for (const statement of [
      sql`delete from sign_in_codes returning id`,
      sql`delete from user_sessions returning id`,
    ]) {
      const live = await purge(statement)
      expect(isRefused(live), describeOutcome(live)).toBe(true)
    }
  })

  it('reads no code hash, email, user or token, and writes nothing', async () => {
    for (const statement of [
      sql`select code_hash from sign_in_codes`,
      sql`select email from sign_in_codes`,
      sql`select user_id from user_sessions`,
      sql`select token_hash from session_transfers`,
      sql`update sign_in_codes set attempts = 0 returning id`,
      sql`insert into rate_limit_buckets (key, points, expires_at) values ('k', 0, now()) returning key`,
    ]) {
      const read = await purge(statement)
      expect(isRefused(read), describeOutcome(read)).toBe(true)
    }
  })
})
