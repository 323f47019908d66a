import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { users } from '../src/schema'
import { actorKinds } from '../src/schema/actor-roles'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { actorIn, RollbackProbe } from './support/actors'
import { attempt, describeOutcome, isRefused, queryRows } from './support/query'

/*
 * The identity service's tables (sign-in codes, sessions, the local mailbox) belong to the identity
 * actor alone: every tenant actor is refused outright, and the identity actor itself provisions
 * only `dev:` users and cannot erase a code or rewrite a session.
 */

interface Fixture extends TwoTenantFixture {
  devUserId: string
  clerkUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    const [dev] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:ana@example.test', email: 'ana@example.test', name: 'ana' })
      .returning({ id: users.id })
    const [clerk] = await admin.db
      .insert(users)
      .values({ externalId: 'clerk:user_1', email: 'clerk.user@example.test', name: 'From Clerk' })
      .returning({ id: users.id })
    if (!dev || !clerk) throw new Error('users not created')
    await admin.db.execute(
      sql`insert into sign_in_codes (email, code_hash, expires_at) values ('ana@example.test', 'h', now() + interval '10 minutes')`,
    )
    await admin.db.execute(
      sql`insert into user_sessions (user_id, expires_at) values (${dev.id}, now() + interval '1 day')`,
    )
    await admin.db.execute(
      sql`insert into mail_outbox (to_address, locale, subject, text_body, kind, idempotency_key) values ('ana@example.test', 'fr', 's', 't', 'sign-in-code', 'k1')`,
    )
    return { ...fixture, devUserId: dev.id, clerkUserId: clerk.id }
  })
})
afterAll(async () => db.close())

const identity: ActorContext = { actor: 'identity', tenantId: null }
const anyRow = z.object({}).loose()
const identityTables = ['sign_in_codes', 'user_sessions', 'mail_outbox']
const tenantActors = actorKinds.filter((kind) => kind !== 'identity')

describe.each(identityTables)('%s', (table) => {
  it.each(tenantActors)('is closed to the %s actor', async (actor) => {
    const ctx = actorIn(db.data.a, actor, db.data.operatorUserId)
    const read = await attempt(() =>
      db.app.withTenant(ctx, (tx) => queryRows(tx, anyRow, sql`select * from ${sql.identifier(table)}`)),
    )
    expect(isRefused(read), describeOutcome(read)).toBe(true)
    const deleted = await attempt(() =>
      db.app.withTenant(ctx, (tx) => tx.execute(sql`delete from ${sql.identifier(table)}`)),
    )
    expect(isRefused(deleted), describeOutcome(deleted)).toBe(true)
  })

  it('is read by the identity actor, which cannot delete from it', async () => {
    const rows = await db.app.withTenant(identity, (tx) =>
      queryRows(tx, anyRow, sql`select * from ${sql.identifier(table)}`),
    )
    expect(rows).toHaveLength(1)
    const deleted = await attempt(() =>
      db.app.withTenant(identity, (tx) => tx.execute(sql`delete from ${sql.identifier(table)}`)),
    )
    expect(isRefused(deleted), describeOutcome(deleted)).toBe(true)
  })
})

describe('the identity actor', () => {
  it('cannot be given a tenant', async () => {
    const given = await attempt(() =>
      db.app.withTenant({ actor: 'identity', tenantId: db.data.a.id }, () => Promise.resolve(1)),
    )
    expect(!given.ok && given.message).toMatch(/identity actor has no tenant/)
  })

  it('sees only the dev users and provisions only dev users', async () => {
    const seen = await db.app.withTenant(identity, (tx) =>
      queryRows(tx, z.object({ id: z.string() }), sql`select id::text as id from users`),
    )
    expect(seen.map((row) => row.id)).toEqual([db.data.devUserId])
    const foreign = await attempt(() =>
      db.app.withTenant(identity, (tx) =>
        tx.execute(sql`insert into users (external_id, email, name) values ('clerk:u1', 'x@example.test', 'x')`),
      ),
    )
    expect(isRefused(foreign), describeOutcome(foreign)).toBe(true)
    const provisioned = await attempt(() =>
      db.app.withTenant(identity, async (tx) => {
        const rows = await queryRows(
          tx,
          anyRow,
          sql`insert into users (external_id, email, name) values ('dev:new@example.test', 'new@example.test', 'new') returning id`,
        )
        if (rows.length === 1) throw new RollbackProbe()
        return rows
      }),
    )
    expect(!provisioned.ok && provisioned.message, describeOutcome(provisioned)).toBe('rollback probe')
  })

  it("cannot rewrite a user's email or provider id, a code's hash or a session's owner", async () => {
    for (const statement of [
      sql`update users set email = 'other@example.test'`,
      sql`update users set external_id = 'dev:other@example.test'`,
      sql`update sign_in_codes set code_hash = 'other'`,
      sql`update sign_in_codes set expires_at = now() + interval '1 year'`,
      sql`update user_sessions set user_id = ${db.data.devUserId}`,
      sql`update user_sessions set expires_at = now() + interval '1 year'`,
    ]) {
      const changed = await attempt(() => db.app.withTenant(identity, (tx) => tx.execute(statement)))
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })
})

describe('the purge and the relay', () => {
  const purge = { actor: 'identityPurge', tenantId: null } as const
  const count = (table: string) =>
    db.app.withTenant(identity, (tx) =>
      queryRows(tx, z.object({ n: z.number() }), sql`select count(*)::int as n from ${sql.identifier(table)}`),
    )

  it('the purge may delete a code only a day after it expired, and a session only once it is over; identity deletes none', async () => {
    await db.app.withTenant(identity, async (tx) => {
      await tx.execute(
        sql`insert into sign_in_codes (email, code_hash, expires_at) values ('old@example.test', 'h', now() - interval '25 hours'), ('recent@example.test', 'h', now() - interval '23 hours')`,
      )
      await tx.execute(
        sql`insert into user_sessions (user_id, expires_at, revoked_at) values (${db.data.devUserId}, now() + interval '1 day', now()), (${db.data.devUserId}, now() - interval '1 minute', null)`,
      )
    })
    for (const statement of [
      sql`delete from sign_in_codes where email = 'old@example.test'`,
      sql`delete from user_sessions where revoked_at is not null`,
    ]) {
      const byIdentity = await attempt(() => db.app.withTenant(identity, (tx) => tx.execute(statement)))
      expect(isRefused(byIdentity), describeOutcome(byIdentity)).toBe(true)
    }
    // The purge reads no email: it deletes by expiry alone.
    const recent = await attempt(() =>
      db.app.withTenant(purge, (tx) =>
        tx.execute(sql`delete from sign_in_codes where expires_at between now() - interval '24 hours' and now()`),
      ),
    )
    expect(isRefused(recent), describeOutcome(recent)).toBe(true)
    await db.app.withTenant(purge, (tx) =>
      tx.execute(sql`delete from sign_in_codes where expires_at < now() - interval '24 hours'`),
    )
    expect(await count('sign_in_codes')).toEqual([{ n: 2 }])

    const all = await attempt(() => db.app.withTenant(purge, (tx) => tx.execute(sql`delete from user_sessions`)))
    expect(isRefused(all), describeOutcome(all)).toBe(true)
    await db.app.withTenant(purge, (tx) =>
      tx.execute(sql`delete from user_sessions where revoked_at is not null or expires_at <= now()`),
    )
    expect(await count('user_sessions')).toEqual([{ n: 1 }])
  })

  it('records a step-up on a session, and neither a delivery (the mail relay does) nor anything else', async () => {
    await db.app.withTenant(identity, (tx) =>
      tx.execute(sql`update user_sessions set second_factor_verified_at = now()`),
    )
    for (const statement of [
      sql`update mail_outbox set status = 'sent', attempts = 1, sent_at = now(), provider_message_id = 'p1', last_error = null, next_attempt_at = now()`,
      sql`update mail_outbox set subject = 'rewritten'`,
      sql`update mail_outbox set to_address = 'elsewhere@example.test'`,
      sql`update sign_in_codes set purpose = 'step-up'`,
      sql`update sign_in_codes set session_id = null`,
      sql`delete from mail_outbox`,
    ]) {
      const changed = await attempt(() => db.app.withTenant(identity, (tx) => tx.execute(statement)))
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })
})

describe('names and session transfers (0045)', () => {
  it("sets a dev user's name, and no Clerk user's", async () => {
    const renamed = await db.app.withTenant(identity, (tx) =>
      queryRows(
        tx,
        z.object({ id: z.string() }),
        sql`update users set name = 'Ana Lopes', updated_at = now() where id in (${db.data.devUserId}, ${db.data.clerkUserId}) returning id::text as id`,
      ),
    )
    // The Clerk user is out of the identity actor's reach: its name stays Clerk's.
    expect(renamed.map((row) => row.id)).toEqual([db.data.devUserId])
  })

  it.each(tenantActors)('keeps session transfers from the %s actor', async (actor) => {
    const ctx = actorIn(db.data.a, actor, db.data.operatorUserId)
    const read = await attempt(() =>
      db.app.withTenant(ctx, (tx) => queryRows(tx, anyRow, sql`select * from session_transfers`)),
    )
    expect(isRefused(read), describeOutcome(read)).toBe(true)
  })

  it('lets the identity actor issue, read and consume a transfer, and nothing else', async () => {
    await db.app.withTenant(identity, (tx) =>
      tx.execute(
        sql`insert into session_transfers (token_hash, user_id, target_tenant_id, expires_at) values ('h1', ${db.data.devUserId}, ${db.data.a.id}, now() + interval '60 seconds')`,
      ),
    )
    const consumed = await db.app.withTenant(identity, (tx) =>
      queryRows(tx, anyRow, sql`update session_transfers set consumed_at = now() where token_hash = 'h1' returning id`),
    )
    expect(consumed).toHaveLength(1)
    for (const statement of [
      sql`update session_transfers set expires_at = now() + interval '1 year'`,
      sql`update session_transfers set user_id = ${db.data.devUserId}`,
      sql`update session_transfers set target_tenant_id = ${db.data.b.id}`,
      sql`update session_transfers set token_hash = 'h2'`,
    ]) {
      const changed = await attempt(() => db.app.withTenant(identity, (tx) => tx.execute(statement)))
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })
})
