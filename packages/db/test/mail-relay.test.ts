import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { users } from '../src/schema'
import { dbRoleNames } from '../src/schema/actor-roles'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { attempt, describeOutcome, isRefused, queryRows, readCatalog } from './support/query'

/*
 * The mail relay's actor (deliverPendingMail in @portail/email) holds the delivery of the outbox
 * and nothing else: it can read a due message, claim it and record how its delivery went, but it
 * reads no sign-in code, session or user, writes no message and rewrites none. The statements
 * below are the relay's own (the email package's tests run the relay itself on this actor).
 */

interface Fixture extends TwoTenantFixture {
  devUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    const [dev] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:ana@example.test', email: 'ana@example.test', name: 'ana' })
      .returning({ id: users.id })
    if (!dev) throw new Error('dev user not created')
    await admin.db.execute(
      sql`insert into sign_in_codes (email, code_hash, expires_at) values ('ana@example.test', 'h', now() + interval '10 minutes')`,
    )
    await admin.db.execute(
      sql`insert into user_sessions (user_id, expires_at) values (${dev.id}, now() + interval '1 day')`,
    )
    await admin.db.execute(
      sql`insert into rate_limit_buckets (key, points, expires_at) values ('k1', 1, now() + interval '1 minute')`,
    )
    // Two due messages, one of them sent for a business (the relay delivers every business's mail),
    // and one already delivered.
    await admin.db
      .execute(sql`insert into mail_outbox (to_address, locale, subject, text_body, kind, idempotency_key, tenant_id, next_attempt_at, status)
      values ('ana@example.test', 'fr', 'Votre code', 'Code : 123456', 'sign-in-code', 'due-1', null, now() - interval '1 minute', 'pending'),
             ('bob@alpha.test', 'en', 'Invitation', 'Join us', 'staff-invitation', 'due-2', ${fixture.a.id}, now() - interval '1 minute', 'pending'),
             ('old@example.test', 'fr', 'Ancien', 'Code : 654321', 'sign-in-code', 'sent-1', null, now() - interval '1 day', 'sent')`)
    return { ...fixture, devUserId: dev.id }
  })
})
afterAll(async () => db.close())

const relay: ActorContext = { actor: 'mailRelay', tenantId: null }
const identity: ActorContext = { actor: 'identity', tenantId: null }
const anyRow = z.object({}).loose()
const names = z.object({ name: z.string() })
const listNames = async (statement: SQL) => (await readCatalog(db.app, names, statement)).map((row) => row.name).sort()

const asRelay = (statement: SQL) => attempt(() => db.app.withTenant(relay, (tx) => queryRows(tx, anyRow, statement)))

describe('the mail relay role in the catalog', () => {
  it('holds exactly the outbox columns the relay reads and records, and nothing on any other table', async () => {
    const role = dbRoleNames.mailRelay
    const held = await listNames(sql`
      select c.relname || ' ' || p.priv as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p(priv)
        where n.nspname in ('public', 'portail_private') and c.relkind in ('r', 'p', 'v', 'm', 'f')
          and has_table_privilege(${role}::name, c.oid, p.priv)
      union all select c.relname || '.' || a.attname || ' ' || p.priv
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) p(priv)
        where n.nspname in ('public', 'portail_private') and c.relkind in ('r', 'p', 'v', 'm', 'f')
          and has_column_privilege(${role}::name, c.oid, a.attnum, p.priv)
      union all select c.relname || ' sequence'
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'portail_private')
          and case when c.relkind = 'S' then has_sequence_privilege(${role}::name, c.oid, 'USAGE, SELECT, UPDATE') else false end`)
    expect(held).toEqual(
      [
        ...['id', 'to_address', 'subject', 'text_body', 'html_body', 'status', 'attempts', 'next_attempt_at'].map(
          (column) => `mail_outbox.${column} SELECT`,
        ),
        ...['status', 'attempts', 'next_attempt_at', 'last_error', 'sent_at', 'provider_message_id'].map(
          (column) => `mail_outbox.${column} UPDATE`,
        ),
      ].sort(),
    )
  })

  it('is a NOLOGIN role without BYPASSRLS, whose one policy is on the outbox', async () => {
    const [role] = await readCatalog(
      db.app,
      z.object({ rolcanlogin: z.boolean(), rolbypassrls: z.boolean(), rolsuper: z.boolean() }),
      sql`select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = ${dbRoleNames.mailRelay}`,
    )
    expect(role).toEqual({ rolcanlogin: false, rolbypassrls: false, rolsuper: false })
    const policies = await listNames(sql`select c.relname || '.' || p.polname as name
      from pg_policy p join pg_class c on c.oid = p.polrelid
      where ${dbRoleNames.mailRelay}::regrole = any (p.polroles)`)
    expect(policies).toEqual(['mail_outbox.mail_outbox_mail_relay'])
    const schemas = await listNames(sql`select nspname::text as name from pg_namespace
      where nspname not like 'pg\\_%' and nspname <> 'information_schema'
        and has_schema_privilege(${dbRoleNames.mailRelay}::name, oid, 'USAGE')`)
    expect(schemas).toEqual(['public'])
  })
})

describe('the mail relay actor', () => {
  it('cannot be given a tenant', async () => {
    const given = await attempt(() =>
      db.app.withTenant({ actor: 'mailRelay', tenantId: db.data.a.id }, () => Promise.resolve(1)),
    )
    expect(!given.ok && given.message).toMatch(/mailRelay actor has no tenant/)
  })

  it.each(['sign_in_codes', 'user_sessions'])('never reads a row of %s', async (table) => {
    for (const statement of [
      sql`select * from ${sql.identifier(table)}`,
      sql`select id from ${sql.identifier(table)}`,
      sql`select count(*) as n from ${sql.identifier(table)}`,
    ]) {
      const read = await asRelay(statement)
      // Zero rows would not do either: the relay must be refused the table outright.
      expect(read.ok ? `read ${JSON.stringify(read.value)}` : read.code, describeOutcome(read)).toBe('42501')
    }
  })

  it('cannot write or erase a sign-in code or a session', async () => {
    for (const statement of [
      sql`insert into sign_in_codes (email, code_hash, expires_at) values ('x@example.test', 'h', now() + interval '1 hour')`,
      sql`update sign_in_codes set attempts = 0`,
      sql`delete from sign_in_codes`,
      sql`insert into user_sessions (user_id, expires_at) values (${db.data.devUserId}, now() + interval '1 year')`,
      sql`update user_sessions set revoked_at = now()`,
      sql`update user_sessions set second_factor_verified_at = now()`,
      sql`delete from user_sessions`,
    ]) {
      const changed = await attempt(() => db.app.withTenant(relay, (tx) => tx.execute(statement)))
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })

  it.each(['users', 'rate_limit_buckets', 'tenants', 'memberships', 'clients', 'audit_log', 'platform_audit_log'])(
    'reads nothing of %s',
    async (table) => {
      const read = await asRelay(sql`select 1 as one from ${sql.identifier(table)}`)
      expect(isRefused(read), describeOutcome(read)).toBe(true)
    },
  )

  it('calls no cross-tenant entry point', async () => {
    const called = await asRelay(sql`select * from portail_private.tenant_by_slug('alpha-pools')`)
    expect(isRefused(called), describeOutcome(called)).toBe(true)
  })

  it('cannot read what a message is for, or write, rewrite or erase one', async () => {
    for (const column of ['tenant_id', 'kind', 'locale', 'idempotency_key', 'created_at', 'last_error', 'sent_at']) {
      const read = await asRelay(sql`select ${sql.identifier(column)} from mail_outbox`)
      expect(isRefused(read), `${column}: ${describeOutcome(read)}`).toBe(true)
    }
    for (const statement of [
      sql`insert into mail_outbox (to_address, locale, subject, text_body, kind, idempotency_key) values ('x@example.test', 'fr', 's', 't', 'k', 'relay-insert')`,
      sql`update mail_outbox set subject = 'rewritten'`,
      sql`update mail_outbox set to_address = 'elsewhere@example.test'`,
      sql`update mail_outbox set text_body = 'rewritten'`,
      sql`update mail_outbox set html_body = '<p>rewritten</p>'`,
      sql`update mail_outbox set tenant_id = null`,
      sql`update mail_outbox set kind = 'other'`,
      sql`delete from mail_outbox`,
    ]) {
      const changed = await attempt(() => db.app.withTenant(relay, (tx) => tx.execute(statement)))
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })

  it("claims due messages, leases them and records each delivery: the relay's whole work", async () => {
    const due = z.object({
      id: z.string(),
      to_address: z.string(),
      subject: z.string(),
      text_body: z.string(),
      attempts: z.number(),
    })
    const claimed = await db.app.withTenant(relay, async (tx) => {
      const rows = await queryRows(
        tx,
        due,
        sql`select id::text as id, to_address, subject, text_body, html_body, attempts from mail_outbox
          where status = 'pending' and next_attempt_at <= now() order by next_attempt_at, id limit 20
          for update skip locked`,
      )
      await tx.execute(
        sql`update mail_outbox set attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
          where id in (${sql.join(
            rows.map((row) => sql`${row.id}::uuid`),
            sql`, `,
          )})`,
      )
      return rows
    })
    expect(claimed.map((row) => [row.to_address, row.attempts]).sort()).toEqual([
      ['ana@example.test', 0],
      ['bob@alpha.test', 0],
    ])
    const sent = claimed.find((row) => row.to_address === 'ana@example.test')
    const failing = claimed.find((row) => row.to_address === 'bob@alpha.test')
    if (!sent || !failing) throw new Error('both due messages claimed')
    await db.app.withTenant(relay, async (tx) => {
      await tx.execute(
        sql`update mail_outbox set status = 'sent', sent_at = now(), provider_message_id = 're_1', last_error = null where id = ${sent.id}::uuid`,
      )
      await tx.execute(
        sql`update mail_outbox set last_error = 'resend 503', next_attempt_at = now() + interval '1 minute' where id = ${failing.id}::uuid`,
      )
      await tx.execute(
        sql`update mail_outbox set status = 'failed', last_error = 'resend 422' where id = ${failing.id}::uuid`,
      )
    })
    const outcome = await db.app.withTenant(identity, (tx) =>
      queryRows(
        tx,
        z.object({
          idempotency_key: z.string(),
          status: z.string(),
          attempts: z.number(),
          provider_message_id: z.string().nullable(),
          last_error: z.string().nullable(),
        }),
        sql`select idempotency_key, status::text as status, attempts, provider_message_id, last_error from mail_outbox order by idempotency_key`,
      ),
    )
    expect(outcome).toEqual([
      { idempotency_key: 'due-1', status: 'sent', attempts: 1, provider_message_id: 're_1', last_error: null },
      { idempotency_key: 'due-2', status: 'failed', attempts: 1, provider_message_id: null, last_error: 'resend 422' },
      { idempotency_key: 'sent-1', status: 'sent', attempts: 0, provider_message_id: null, last_error: null },
    ])
  })
})
