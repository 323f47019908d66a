import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AdminConnection } from '../src/admin/admin-connection'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { RollbackProbe } from './support/actors'
import { attempt, describeOutcome, isRefused, queryRows } from './support/query'

/*
 * Within one business, notifications, push devices and the delivery log belong to their
 * recipient: client X never sees client Y's, staff member X never sees a colleague's
 * notifications or devices (staff do read the whole delivery log of their business: the booking
 * and the client record show it). The NOTIFY that makes notifications live carries ids only.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin: AdminConnection) => {
    const fixture = await twoTenantFixture(admin)
    for (const t of [fixture.a, fixture.b]) {
      for (const [clientId, label] of [
        [t.clientId, 'x'],
        [t.otherClientId, 'y'],
      ] as const) {
        await admin.db.execute(sql`insert into notifications (tenant_id, recipient_kind, client_id, kind, params)
          values (${t.id}, 'client', ${clientId}, 'booking-confirmed', ${JSON.stringify({ for: `client-${label}-${t.slug}` })})`)
        await admin.db
          .execute(sql`insert into message_deliveries (tenant_id, channel, template, topic, recipient_kind, client_id, locale, dedupe_key, to_address)
          values (${t.id}, 'email', 'booking-confirmed', 'bookingChanges', 'client', ${clientId}, 'fr', ${`confirm-${label}`}, ${`client-${label}-${t.slug}`})`)
        await admin.db
          .execute(sql`insert into push_subscriptions (tenant_id, recipient_kind, client_id, user_id, endpoint, p256dh, auth, locale)
          values (${t.id}, 'client', ${clientId}, ${label === 'x' ? t.clientUserId : t.otherClientUserId}, ${`https://push.example.test/client-${label}-${t.slug}`}, 'k', 'a', 'fr')`)
      }
      for (const [userId, label] of [
        [t.staffUserId, 'staff'],
        [t.ownerUserId, 'owner'],
      ] as const) {
        await admin.db.execute(sql`insert into notifications (tenant_id, recipient_kind, user_id, kind, params)
          values (${t.id}, 'staff', ${userId}, 'booking-staff-notice', ${JSON.stringify({ for: `${label}-${t.slug}` })})`)
        await admin.db
          .execute(sql`insert into push_subscriptions (tenant_id, recipient_kind, user_id, endpoint, p256dh, auth, locale)
          values (${t.id}, 'staff', ${userId}, ${`https://push.example.test/${label}-${t.slug}`}, 'k', 'a', 'fr')`)
      }
      // A notice to staff about client X: staff-addressed, so no client reads it.
      await admin.db
        .execute(sql`insert into message_deliveries (tenant_id, channel, template, topic, recipient_kind, client_id, user_id, locale, dedupe_key, to_address)
        values (${t.id}, 'email', 'booking-staff-notice', 'bookingCreated', 'staff', ${t.clientId}, ${t.staffUserId}, 'fr', 'notice-staff', ${`staff-${t.slug}`})`)
    }
    return fixture
  })
})
afterAll(async () => db.close())

const clientX = (): ActorContext => ({
  actor: 'client',
  tenantId: db.data.a.id,
  userId: db.data.a.clientUserId,
  clientId: db.data.a.clientId,
})
const clientY = (): ActorContext => ({
  actor: 'client',
  tenantId: db.data.a.id,
  userId: db.data.a.otherClientUserId,
  clientId: db.data.a.otherClientId,
})
const staffX = (): ActorContext => ({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.staffUserId })
const ownerOfA = (): ActorContext => ({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId })

const labels = (ctx: ActorContext, statement: SQL) =>
  db.app.withTenant(ctx, async (tx) =>
    (await queryRows(tx, z.object({ label: z.string() }), statement)).map((r) => r.label).sort(),
  )
const notificationsOf = (ctx: ActorContext) => labels(ctx, sql`select params->>'for' as label from notifications`)
const deliveriesOf = (ctx: ActorContext) => labels(ctx, sql`select to_address as label from message_deliveries`)
const devicesOf = (ctx: ActorContext) =>
  labels(ctx, sql`select substring(endpoint from 'https://push.example.test/(.*)') as label from push_subscriptions`)
const attemptAs = (ctx: ActorContext, statement: SQL) =>
  attempt(() => db.app.withTenant(ctx, (tx) => queryRows(tx, z.object({}).loose(), statement)))

describe('a client', () => {
  it('reads its own notifications, deliveries and devices only: never those of another client of its business', async () => {
    expect(await notificationsOf(clientX())).toEqual(['client-x-alpha-pools'])
    expect(await deliveriesOf(clientX())).toEqual(['client-x-alpha-pools'])
    expect(await devicesOf(clientX())).toEqual(['client-x-alpha-pools'])
    expect(await notificationsOf(clientY())).toEqual(['client-y-alpha-pools'])
  })

  it("marks its own notifications read, and cannot mark another client's or rewrite one", async () => {
    const marked = await attemptAs(
      clientX(),
      sql`update notifications set read_at = now() where read_at is null returning id`,
    )
    expect(marked.ok && marked.value.length).toBe(1)
    const aimed = await attemptAs(
      clientX(),
      sql`update notifications set read_at = now() where client_id = ${db.data.a.otherClientId} returning id`,
    )
    expect(aimed).toEqual({ ok: true, value: [] })
    for (const statement of [
      sql`update notifications set kind = 'rewritten'`,
      sql`insert into notifications (tenant_id, recipient_kind, client_id, kind) values (${db.data.a.id}, 'client', ${db.data.a.clientId}, 'forged')`,
      sql`delete from notifications`,
      sql`update message_deliveries set status = 'delivered'`,
      sql`insert into message_deliveries (tenant_id, channel, template, topic, recipient_kind, client_id, locale, dedupe_key) values (${db.data.a.id}, 'email', 't', 't', 'client', ${db.data.a.clientId}, 'fr', 'forged')`,
    ]) {
      const changed = await attemptAs(clientX(), statement)
      expect(isRefused(changed), describeOutcome(changed)).toBe(true)
    }
  })

  it('subscribes and removes its own devices, and cannot subscribe one as another client', async () => {
    const { a } = db.data
    const added = await attemptAs(
      clientX(),
      sql`insert into push_subscriptions (tenant_id, recipient_kind, client_id, user_id, endpoint, p256dh, auth, locale)
        values (${a.id}, 'client', ${a.clientId}, ${a.clientUserId}, 'https://push.example.test/x-phone', 'k', 'a', 'en') returning id`,
    )
    expect(added.ok, describeOutcome(added)).toBe(true)
    const asY = await attemptAs(
      clientX(),
      sql`insert into push_subscriptions (tenant_id, recipient_kind, client_id, user_id, endpoint, p256dh, auth, locale)
        values (${a.id}, 'client', ${a.otherClientId}, ${a.otherClientUserId}, 'https://push.example.test/y-forged', 'k', 'a', 'en')`,
    )
    expect(isRefused(asY), describeOutcome(asY)).toBe(true)
    const removedY = await attemptAs(
      clientX(),
      sql`delete from push_subscriptions where client_id = ${a.otherClientId} returning id`,
    )
    expect(removedY).toEqual({ ok: true, value: [] })
    const removed = await attemptAs(
      clientX(),
      sql`delete from push_subscriptions where endpoint = 'https://push.example.test/x-phone' returning id`,
    )
    expect(removed.ok && removed.value.length).toBe(1)
  })
})

describe('a member of the team', () => {
  it("reads its own notifications and devices only, never a colleague's", async () => {
    expect(await notificationsOf(staffX())).toEqual(['staff-alpha-pools'])
    expect(await notificationsOf(ownerOfA())).toEqual(['owner-alpha-pools'])
    expect(await devicesOf(staffX())).toEqual(['staff-alpha-pools'])
    const aimed = await attemptAs(
      staffX(),
      sql`update notifications set read_at = now() where user_id = ${db.data.a.ownerUserId} returning id`,
    )
    expect(aimed).toEqual({ ok: true, value: [] })
  })

  it("reads its business's whole delivery log, and changes none of it", async () => {
    expect(await deliveriesOf(staffX())).toEqual(['client-x-alpha-pools', 'client-y-alpha-pools', 'staff-alpha-pools'])
    const changed = await attemptAs(staffX(), sql`update message_deliveries set status = 'delivered'`)
    expect(isRefused(changed), describeOutcome(changed)).toBe(true)
  })

  it('chooses the notices it gets on its membership', async () => {
    const chosen = await attemptAs(
      staffX(),
      sql`update memberships set notification_preferences = '{"bookingCreated":{"email":false}}' where user_id = ${db.data.a.staffUserId} returning id`,
    )
    expect(chosen.ok && chosen.value.length).toBe(1)
  })
})

describe('the live notification channel', () => {
  it('tells listeners which notification is new, with ids only, at commit and never for a rollback', async () => {
    const { a } = db.data
    const heard: string[] = []
    const listening = await db.app.listen('portail_notifications', {
      onNotify: (payload) => heard.push(payload),
      onListen: () => undefined,
    })
    try {
      const rolledBack = await attempt(() =>
        db.app.withTenant({ actor: 'system', tenantId: a.id }, async (tx) => {
          await tx.execute(
            sql`insert into notifications (tenant_id, recipient_kind, client_id, kind) values (${a.id}, 'client', ${a.clientId}, 'rolled-back')`,
          )
          throw new RollbackProbe()
        }),
      )
      expect(!rolledBack.ok && rolledBack.message).toBe('rollback probe')
      const [created] = await db.app.withTenant({ actor: 'system', tenantId: a.id }, (tx) =>
        queryRows(
          tx,
          z.object({ id: z.string() }),
          sql`insert into notifications (tenant_id, recipient_kind, client_id, kind, params)
            values (${a.id}, 'client', ${a.clientId}, 'booking-reminder', '{"serviceName":"Ouverture de piscine"}') returning id::text`,
        ),
      )
      const deadline = Date.now() + 5_000
      while (heard.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(heard.map((payload) => JSON.parse(payload) as unknown)).toEqual([
        { t: a.id, k: 'client', r: a.clientId, id: created?.id },
      ])
    } finally {
      await listening.close()
    }
  })
})
