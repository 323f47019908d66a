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
 * Issue 13's tenant-less actors (the workflow engine, the outbox, mail and SMS relays, provider
 * webhooks) and the owner of the delivery-log sync trigger: each holds exactly the grants its work
 * needs, on its own tables, and nothing of codes, sessions, users or business data beyond them.
 * The statements below are the ones their code runs (claim, record, look up), so a grant missing
 * for real work fails here as surely as one too many.
 */

interface Fixture extends TwoTenantFixture {
  /** Deliveries of tenant A's client X (email and SMS), queued. */
  emailDeliveryId: string
  smsDeliveryId: string
  /** A delivery of tenant B that a webhook already moved to delivered. */
  deliveredDeliveryId: string
  mailId: string
  deliveredMailId: string
  smsId: string
}

const one = async (admin: AdminConnection, statement: SQL) => {
  const [row] = z.array(z.object({ id: z.string() })).parse(rowsOf(await admin.db.execute(statement)))
  if (!row) throw new Error('fixture row not created')
  return row.id
}

async function fixture(admin: AdminConnection): Promise<Fixture> {
  const base = await twoTenantFixture(admin)
  const { a, b } = base
  const dev = await one(
    admin,
    sql`insert into users (external_id, email, name) values ('dev:ana@example.test', 'ana@example.test', 'ana') returning id::text`,
  )
  await admin.db.execute(
    sql`insert into sign_in_codes (email, code_hash, expires_at) values ('ana@example.test', 'h', now() + interval '10 minutes')`,
  )
  await admin.db.execute(sql`insert into user_sessions (user_id, expires_at) values (${dev}, now() + interval '1 day')`)
  await admin.db.execute(sql`insert into event_outbox (tenant_id, name, payload, next_attempt_at, delivered_at) values
    (${a.id}, 'booking/confirmed', '{"bookingId":"a"}', now() - interval '1 minute', null),
    (${b.id}, 'booking/confirmed', '{"bookingId":"b"}', now() - interval '1 minute', null),
    (${a.id}, 'booking/cancelled', '{"bookingId":"old"}', now() - interval '1 day', now() - interval '1 day')`)
  const delivery = (tenantId: string, channel: string, status: string, provider: string | null) =>
    one(
      admin,
      sql`insert into message_deliveries (tenant_id, channel, template, topic, recipient_kind, client_id, locale, dedupe_key, status, provider_message_id, to_address)
        values (${tenantId}, ${channel}::delivery_channel, 'booking-confirmed', 'bookingChanges', 'client', ${tenantId === a.id ? a.clientId : b.clientId}, 'fr',
          ${`${channel}-${status}-${tenantId}`}, ${status}::delivery_status, ${provider}, 'x@example.test') returning id::text`,
    )
  const emailDeliveryId = await delivery(a.id, 'email', 'queued', null)
  const smsDeliveryId = await delivery(a.id, 'sms', 'queued', null)
  const deliveredDeliveryId = await delivery(b.id, 'email', 'delivered', 're_b')
  const mailId = await one(
    admin,
    sql`insert into mail_outbox (tenant_id, to_address, locale, subject, text_body, kind, idempotency_key, delivery_id, next_attempt_at)
      values (${a.id}, 'x@alpha.test', 'fr', 'Réservation confirmée', 'À demain', 'booking-confirmed', 'mail-a', ${emailDeliveryId}, now() - interval '1 minute')
      returning id::text`,
  )
  const deliveredMailId = await one(
    admin,
    sql`insert into mail_outbox (tenant_id, to_address, locale, subject, text_body, kind, idempotency_key, delivery_id, next_attempt_at)
      values (${b.id}, 'x@bravo.test', 'fr', 'Réservation confirmée', 'À demain', 'booking-confirmed', 'mail-b', ${deliveredDeliveryId}, now() - interval '1 minute')
      returning id::text`,
  )
  await admin.db.execute(sql`insert into mail_outbox (to_address, locale, subject, text_body, kind, idempotency_key)
    values ('ana@example.test', 'fr', '123456 est votre code', 'Code : 123456', 'sign-in-code', 'code-1')`)
  const smsId = await one(
    admin,
    sql`insert into sms_outbox (tenant_id, to_phone, body, locale, kind, idempotency_key, delivery_id, segments, next_attempt_at)
      values (${a.id}, '+15145550177', 'Rappel : demain 10 h', 'fr', 'booking-reminder', 'sms-a', ${smsDeliveryId}, 1, now() - interval '1 minute')
      returning id::text`,
  )
  await admin.db.execute(
    sql`update clients set phone = '+15145550177' where tenant_id = ${a.id} and id = ${a.clientId}`,
  )
  return { ...base, emailDeliveryId, smsDeliveryId, deliveredDeliveryId, mailId, deliveredMailId, smsId }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const anyRow = z.object({}).loose()
const as = (actor: ActorContext['actor']) => (statement: SQL) =>
  attempt(() => db.app.withTenant({ actor, tenantId: null }, (tx) => queryRows(tx, anyRow, statement)))
const run = (actor: ActorContext['actor'], statements: SQL[]) =>
  db.app.withTenant({ actor, tenantId: null }, async (tx) => {
    for (const statement of statements) await tx.execute(statement)
  })

/** What no tenant-less actor may ever read: codes, sessions, people and business data. */
const privateTables = ['sign_in_codes', 'user_sessions', 'users', 'tenants', 'memberships', 'bookings', 'audit_log']

describe('the roles in the catalog', () => {
  const delivery = ['status', 'attempts', 'next_attempt_at', 'last_error', 'sent_at', 'provider_message_id'] as const
  const expected: Record<string, string[]> = {
    [dbRoleNames.workflowEngine]: [
      'workflow_events INSERT',
      'workflow_events SELECT',
      'workflow_runs INSERT',
      'workflow_runs SELECT',
      'workflow_runs UPDATE',
    ],
    [dbRoleNames.outboxRelay]: [
      ...columnGrants('event_outbox', 'SELECT', [
        'tenant_id',
        'id',
        'name',
        'payload',
        'created_at',
        'delivered_at',
        'attempts',
        'next_attempt_at',
      ]),
      ...columnGrants('event_outbox', 'UPDATE', ['delivered_at', 'attempts', 'next_attempt_at', 'last_error']),
    ],
    [dbRoleNames.mailRelay]: [
      ...columnGrants('mail_outbox', 'SELECT', [
        'id',
        'tenant_id',
        'to_address',
        'subject',
        'text_body',
        'html_body',
        'attachments',
        'headers',
        // What a message is for: the local transport's mail files name it (0053).
        'kind',
        'status',
        'attempts',
        'next_attempt_at',
        'created_at',
      ]),
      ...columnGrants('mail_outbox', 'UPDATE', delivery),
    ],
    [dbRoleNames.smsRelay]: [
      ...columnGrants('sms_outbox', 'SELECT', [
        'id',
        'tenant_id',
        'to_phone',
        'body',
        'status',
        'attempts',
        'next_attempt_at',
        'created_at',
      ]),
      ...columnGrants('sms_outbox', 'UPDATE', delivery),
    ],
    [dbRoleNames.deliveryStatus]: [
      ...columnGrants('clients', 'SELECT', ['tenant_id', 'id', 'email', 'phone']),
      ...columnGrants('clients', 'UPDATE', ['email_bounced_at', 'sms_opted_out_at']),
      ...columnGrants('message_deliveries', 'SELECT', [
        'tenant_id',
        'id',
        'channel',
        'provider_message_id',
        'status',
        'status_at',
        'client_id',
      ]),
      ...columnGrants('message_deliveries', 'UPDATE', [
        'status',
        'status_at',
        'delivered_at',
        'last_error',
        'updated_at',
      ]),
      'provider_webhook_events INSERT',
      'provider_webhook_events SELECT',
    ],
    [dbRoleNames.deliverySync]: [
      ...columnGrants('message_deliveries', 'SELECT', ['tenant_id', 'id', 'status']),
      ...columnGrants('message_deliveries', 'UPDATE', [
        'status',
        'provider_message_id',
        'attempts',
        'last_error',
        'sent_at',
        'status_at',
        'updated_at',
      ]),
    ],
  }
  const policies: Record<string, string[]> = {
    [dbRoleNames.workflowEngine]: [
      'workflow_events.workflow_events_workflow_engine',
      'workflow_runs.workflow_runs_workflow_engine',
    ],
    [dbRoleNames.outboxRelay]: ['event_outbox.event_outbox_outbox_relay'],
    [dbRoleNames.mailRelay]: ['mail_outbox.mail_outbox_mail_relay'],
    [dbRoleNames.smsRelay]: ['sms_outbox.sms_outbox_sms_relay'],
    [dbRoleNames.deliveryStatus]: [
      'clients.clients_delivery_status',
      'message_deliveries.message_deliveries_delivery_status',
      'provider_webhook_events.provider_webhook_events_delivery_status',
    ],
    [dbRoleNames.deliverySync]: ['message_deliveries.message_deliveries_delivery_sync'],
  }

  it.each(Object.keys(expected))('%s holds exactly the grants of its work', async (role) => {
    expect(await grantsOf(db.app, role)).toEqual([...(expected[role] ?? [])].sort())
  })

  it.each(Object.keys(policies))(
    '%s is a NOLOGIN role without BYPASSRLS, with its policies only, in public only',
    async (role) => {
      const [attributes] = await readCatalog(
        db.app,
        z.object({ rolcanlogin: z.boolean(), rolbypassrls: z.boolean(), rolsuper: z.boolean() }),
        sql`select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = ${role}`,
      )
      expect(attributes).toEqual({ rolcanlogin: false, rolbypassrls: false, rolsuper: false })
      expect(await policiesOf(db.app, role)).toEqual(policies[role])
      expect(await schemasOf(db.app, role)).toEqual(['public'])
    },
  )

  it('does not let the login role switch to the owner of the sync trigger', async () => {
    const switched = await attempt(() =>
      db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
        tx.execute(sql`select set_config('role', ${dbRoleNames.deliverySync}, true)`),
      ),
    )
    expect(isRefused(switched), describeOutcome(switched)).toBe(true)
  })
})

describe.each(['workflowEngine', 'outboxRelay', 'mailRelay', 'smsRelay', 'deliveryStatus'] as const)(
  'the %s actor',
  (actor) => {
    it('cannot be given a tenant', async () => {
      const given = await attempt(() => db.app.withTenant({ actor, tenantId: db.data.a.id }, () => Promise.resolve(1)))
      expect(!given.ok && given.message).toMatch(`the ${actor} actor has no tenant`)
    })

    it.each(privateTables)('reads nothing of %s', async (table) => {
      const read = await as(actor)(sql`select count(*) as n from ${sql.identifier(table)}`)
      expect(read.ok ? `read ${JSON.stringify(read.value)}` : read.code, describeOutcome(read)).toBe('42501')
    })

    it('calls no cross-tenant entry point', async () => {
      const called = await as(actor)(sql`select * from portail_private.tenant_by_slug('alpha-pools')`)
      expect(isRefused(called), describeOutcome(called)).toBe(true)
    })
  },
)

describe('the workflow engine', () => {
  const engine = as('workflowEngine')

  it('records an event once however often it is delivered, and starts one run per function and event', async () => {
    const { a } = db.data
    const receive = sql`insert into workflow_events (tenant_id, id, name, data, ts)
      values (${a.id}, 'outbox-1', 'booking/confirmed', '{"bookingId":"a"}', now()) on conflict do nothing returning id`
    const received = await engine(receive)
    const redelivered = await engine(receive)
    expect(received.ok && received.value.length, describeOutcome(received)).toBe(1)
    expect(redelivered).toEqual({ ok: true, value: [] })
    const start = sql`insert into workflow_runs (tenant_id, function_id, event_id, event)
      values (${a.id}, 'booking-reminders', 'outbox-1', '{}') on conflict (tenant_id, function_id, event_id) do nothing returning id`
    const first = await engine(start)
    const again = await engine(start)
    expect(first.ok && first.value.length).toBe(1)
    expect(again).toEqual({ ok: true, value: [] })
  })

  it('picks due runs, leases and finishes them, but deletes nothing', async () => {
    await run('workflowEngine', [
      sql`update workflow_runs set status = 'running', locked_until = now() + interval '1 minute'
        where status in ('queued', 'sleeping') and wake_at <= now()`,
      sql`update workflow_runs set status = 'completed', finished_at = now(), steps = '{"send":{"data":1}}' where status = 'running'`,
    ])
    for (const statement of [
      sql`delete from workflow_runs`,
      sql`delete from workflow_events`,
      sql`update workflow_events set name = 'x'`,
    ]) {
      const changed = await engine(sql`${statement} returning 1`)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })

  it.each(['event_outbox', 'clients', 'mail_outbox', 'message_deliveries', 'notifications'])(
    'reads nothing of %s',
    async (table) => {
      const read = await engine(sql`select 1 from ${sql.identifier(table)}`)
      expect(isRefused(read), describeOutcome(read)).toBe(true)
    },
  )
})

describe('the outbox relay', () => {
  const relay = as('outboxRelay')

  it("claims every business's due events, sends what an event is made of, and records the delivery", async () => {
    const due = await relay(sql`select id::text, tenant_id::text, name, payload, created_at from event_outbox
      where delivered_at is null and next_attempt_at <= now() order by next_attempt_at limit 10 for update skip locked`)
    expect(due.ok && due.value.map((row) => row.tenant_id).sort()).toEqual([db.data.a.id, db.data.b.id].sort())
    await run('outboxRelay', [
      sql`update event_outbox set attempts = attempts + 1, next_attempt_at = now() + interval '30 seconds'
        where delivered_at is null and next_attempt_at <= now()`,
      sql`update event_outbox set last_error = 'sink 503', next_attempt_at = now() + interval '2 minutes' where tenant_id = ${db.data.b.id}`,
      sql`update event_outbox set delivered_at = now(), last_error = null where tenant_id = ${db.data.a.id} and delivered_at is null`,
    ])
    const left = await relay(sql`select tenant_id::text from event_outbox where delivered_at is null`)
    expect(left.ok && left.value).toEqual([{ tenant_id: db.data.b.id }])
  })

  it('cannot write, rewrite or erase an event, nor read its last error', async () => {
    for (const statement of [
      sql`insert into event_outbox (tenant_id, name, payload) values (${db.data.a.id}, 'forged/event', '{}')`,
      sql`update event_outbox set payload = '{}'`,
      sql`update event_outbox set name = 'x'`,
      sql`update event_outbox set tenant_id = ${db.data.b.id}`,
      sql`delete from event_outbox`,
      sql`select last_error from event_outbox`,
    ]) {
      const changed = await relay(statement)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })
})

const deliveryRow = z.object({
  status: z.string(),
  provider_message_id: z.string().nullable(),
  attempts: z.number(),
  last_error: z.string().nullable(),
  sent: z.boolean(),
})
const deliveryOf = async (tenantId: string, id: string) => {
  const [row] = await db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
    queryRows(
      tx,
      deliveryRow,
      sql`select status::text, provider_message_id, attempts, last_error, sent_at is not null as sent
        from message_deliveries where id = ${id}`,
    ),
  )
  return row
}

describe('the mail relay', () => {
  const relay = as('mailRelay')

  // It reads what a message is for (kind): the local transport's mail files name it (0053).
  it('reads no code, session or user, nor how a message was keyed or logged', async () => {
    for (const column of ['locale', 'idempotency_key', 'delivery_id', 'last_error', 'sent_at']) {
      const read = await relay(sql`select ${sql.identifier(column)} from mail_outbox`)
      expect(isRefused(read), `${column}: ${describeOutcome(read)}`).toBe(true)
    }
  })

  it('cannot write, rewrite or erase a message', async () => {
    for (const statement of [
      sql`insert into mail_outbox (to_address, locale, subject, text_body, kind, idempotency_key) values ('x@example.test', 'fr', 's', 't', 'k', 'relay-insert')`,
      sql`update mail_outbox set subject = 'rewritten'`,
      sql`update mail_outbox set to_address = 'elsewhere@example.test'`,
      sql`update mail_outbox set attachments = null`,
      sql`update mail_outbox set delivery_id = null`,
      sql`delete from mail_outbox`,
    ]) {
      const changed = await relay(statement)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })

  it("claims due mail with its attachments and headers, and recording it sent updates the message's delivery log row", async () => {
    const { a, mailId, emailDeliveryId } = db.data
    const due =
      await relay(sql`select id::text, tenant_id::text, to_address, subject, text_body, html_body, attachments, headers
      from mail_outbox where status = 'pending' and next_attempt_at <= now() order by next_attempt_at, id for update skip locked`)
    expect(due.ok && due.value.map((row) => row.id)).toContain(mailId)
    await run('mailRelay', [
      sql`update mail_outbox set attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes' where id = ${mailId}`,
    ])
    // A retry keeps the delivery queued (no status change).
    await run('mailRelay', [
      sql`update mail_outbox set last_error = 'resend 503', next_attempt_at = now() where id = ${mailId}`,
    ])
    expect(await deliveryOf(a.id, emailDeliveryId)).toEqual({
      status: 'queued',
      provider_message_id: null,
      attempts: 0,
      last_error: null,
      sent: false,
    })
    await run('mailRelay', [
      sql`update mail_outbox set status = 'sent', sent_at = now(), provider_message_id = 're_a', last_error = null where id = ${mailId}`,
    ])
    expect(await deliveryOf(a.id, emailDeliveryId)).toEqual({
      status: 'sent',
      provider_message_id: 're_a',
      attempts: 1,
      last_error: null,
      sent: true,
    })
  })

  it('never sets back to sent a delivery a webhook already moved on', async () => {
    const { b, deliveredMailId, deliveredDeliveryId } = db.data
    await run('mailRelay', [
      sql`update mail_outbox set status = 'sent', sent_at = now(), provider_message_id = 're_b', attempts = 1 where id = ${deliveredMailId}`,
    ])
    expect((await deliveryOf(b.id, deliveredDeliveryId))?.status).toBe('delivered')
  })
})

describe('the SMS relay', () => {
  const relay = as('smsRelay')

  it('cannot reach the mail outbox, nor write, rewrite or erase a text', async () => {
    for (const statement of [
      sql`select id from mail_outbox`,
      sql`insert into sms_outbox (to_phone, body, locale, kind, idempotency_key) values ('+15145550199', 'x', 'fr', 'k', 'relay-insert')`,
      sql`update sms_outbox set body = 'rewritten'`,
      sql`update sms_outbox set to_phone = '+15145550199'`,
      sql`select kind from sms_outbox`,
      sql`delete from sms_outbox`,
    ]) {
      const changed = await relay(statement)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })

  it("records a text failed for good, and the message's delivery log row says so with the error", async () => {
    const { a, smsId, smsDeliveryId } = db.data
    const due = await relay(sql`select id::text, to_phone, body from sms_outbox
      where status = 'pending' and next_attempt_at <= now() for update skip locked`)
    expect(due.ok && due.value).toEqual([{ id: smsId, to_phone: '+15145550177', body: 'Rappel : demain 10 h' }])
    await run('smsRelay', [
      sql`update sms_outbox set attempts = attempts + 1, status = 'failed', last_error = 'twilio 21211 invalid number' where id = ${smsId}`,
    ])
    expect(await deliveryOf(a.id, smsDeliveryId)).toEqual({
      status: 'failed',
      provider_message_id: null,
      attempts: 1,
      last_error: 'twilio 21211 invalid number',
      sent: false,
    })
  })
})

describe('provider webhooks (the deliveryStatus actor)', () => {
  const webhook = as('deliveryStatus')

  it('find a delivery by its provider id in any tenant and record its status, once per event', async () => {
    const { a, emailDeliveryId } = db.data
    const applied =
      await webhook(sql`insert into provider_webhook_events (provider, event_id) values ('resend', 'msg_1')
      on conflict do nothing returning event_id`)
    expect(applied.ok && applied.value.length).toBe(1)
    const replayed =
      await webhook(sql`insert into provider_webhook_events (provider, event_id) values ('resend', 'msg_1')
      on conflict do nothing returning event_id`)
    expect(replayed).toEqual({ ok: true, value: [] })
    const found = await webhook(
      sql`select tenant_id::text, id::text, client_id::text, status::text from message_deliveries where provider_message_id = 're_a'`,
    )
    expect(found.ok && found.value).toEqual([
      { tenant_id: a.id, id: emailDeliveryId, client_id: a.clientId, status: 'sent' },
    ])
    await run('deliveryStatus', [
      sql`update message_deliveries set status = 'bounced', status_at = now(), last_error = 'mailbox full', updated_at = now()
        where provider_message_id = 're_a'`,
      sql`update clients set email_bounced_at = now() where tenant_id = ${a.id} and id = ${a.clientId}`,
    ])
    expect((await deliveryOf(a.id, emailDeliveryId))?.status).toBe('bounced')
  })

  it('set the SMS opt-out of a number in any tenant, and read nothing else of a client', async () => {
    const { a } = db.data
    await run('deliveryStatus', [sql`update clients set sms_opted_out_at = now() where phone = '+15145550177'`])
    const flagged = await db.app.withTenant({ actor: 'system', tenantId: a.id }, (tx) =>
      queryRows(tx, z.object({ id: z.string() }), sql`select id::text from clients where sms_opted_out_at is not null`),
    )
    expect(flagged).toEqual([{ id: a.clientId }])
    for (const statement of [
      sql`select full_name from clients`,
      sql`select service_address from clients`,
      sql`select communication_preferences from clients`,
      sql`update clients set email = 'elsewhere@example.test'`,
      sql`update clients set communication_preferences = '{}'`,
      sql`select template from message_deliveries`,
      sql`select to_address from message_deliveries`,
      sql`update message_deliveries set provider_message_id = 'forged'`,
      sql`insert into message_deliveries (tenant_id, channel, template, topic, recipient_kind, locale, dedupe_key) values (${a.id}, 'email', 't', 't', 'client', 'fr', 'forged')`,
      sql`delete from message_deliveries`,
      sql`delete from provider_webhook_events`,
      sql`select id from sms_outbox`,
      sql`select id from mail_outbox`,
    ]) {
      const outcome = await webhook(statement)
      expect(isRefused(outcome), describeOutcome(outcome)).toBe(true)
    }
  })
})

describe('the identity actor and the SMS outbox', () => {
  it('reads the texts (the dev mailbox) and changes none', async () => {
    const identity = as('identity')
    const read = await identity(sql`select to_phone, body from sms_outbox`)
    expect(read.ok && read.value.length).toBe(1)
    for (const statement of [sql`update sms_outbox set status = 'sent'`, sql`delete from sms_outbox`]) {
      const changed = await identity(statement)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })
})

describe('workflows (the system actor) and the outboxes', () => {
  const system = () => ({ actor: 'system' as const, tenantId: db.data.a.id })
  const asSystem = (statement: SQL) => attempt(() => db.app.withTenant(system(), (tx) => tx.execute(statement)))

  // `on conflict do nothing` without a target: naming the conflict columns needs their SELECT, which
  // the queueing actors do not hold (they read nothing back); the unique key still applies.
  it('queue mail and texts for their own business, a repeat writing nothing, and read none back', async () => {
    const { a } = db.data
    for (const statement of [
      sql`insert into mail_outbox (tenant_id, to_address, locale, subject, text_body, kind, idempotency_key, attachments, headers)
        values (${a.id}, 'x@alpha.test', 'fr', 's', 't', 'booking-confirmed', 'system-mail', '[{"filename":"rdv.ics","contentType":"text/calendar","contentBase64":"QkVHSU4="}]', '{"List-Unsubscribe":"<https://x>"}')
        on conflict do nothing`,
      sql`insert into sms_outbox (tenant_id, to_phone, body, locale, kind, idempotency_key) values (${a.id}, '+15145550177', 'x', 'fr', 'booking-reminder', 'system-sms')`,
    ]) {
      const queued = await asSystem(statement)
      expect(queued.ok, describeOutcome(queued)).toBe(true)
    }
    const repeated = await asSystem(
      sql`insert into mail_outbox (tenant_id, to_address, locale, subject, text_body, kind, idempotency_key)
        values (${a.id}, 'x@alpha.test', 'fr', 's', 't', 'booking-confirmed', 'system-mail') on conflict do nothing`,
    )
    expect(repeated.ok, describeOutcome(repeated)).toBe(true)
    const stored = await as('identity')(
      sql`select count(*)::int as n from mail_outbox where idempotency_key = 'system-mail'`,
    )
    expect(stored.ok && stored.value).toEqual([{ n: 1 }])
    for (const statement of [sql`select id from mail_outbox`, sql`select id from sms_outbox`]) {
      const read = await asSystem(statement)
      expect(isRefused(read), describeOutcome(read)).toBe(true)
    }
  })

  it('cannot queue for another business, nor a text to something that is not an E.164 number', async () => {
    const { b } = db.data
    for (const statement of [
      sql`insert into mail_outbox (tenant_id, to_address, locale, subject, text_body, kind, idempotency_key) values (${b.id}, 'x@bravo.test', 'fr', 's', 't', 'k', 'cross-mail')`,
      sql`insert into sms_outbox (tenant_id, to_phone, body, locale, kind, idempotency_key) values (${b.id}, '+15145550177', 'x', 'fr', 'k', 'cross-sms')`,
    ]) {
      const queued = await asSystem(statement)
      expect(isRefused(queued), describeOutcome(queued)).toBe(true)
    }
    const badNumber = await asSystem(
      sql`insert into sms_outbox (tenant_id, to_phone, body, locale, kind, idempotency_key) values (${db.data.a.id}, '514-555-0100', 'x', 'fr', 'k', 'bad-number')`,
    )
    expect(!badNumber.ok && badNumber.code, describeOutcome(badNumber)).toBe('23514')
  })
})
