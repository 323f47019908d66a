import { randomBytes } from 'node:crypto'
import type { AdminConnection } from '@portail/db/admin'
import { clients, messageDeliveries } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { signResendWebhook } from '@portail/email/resend-webhook'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleResendWebhook } from '../src/webhooks'

const secret = `whsec_${randomBytes(24).toString('base64')}`

interface Fixture extends TwoTenantFixture {
  deliveryIds: Record<string, string>
}

/** One sent email per provider id, to A's client (client@alpha-pools.test). */
async function fixture(admin: AdminConnection): Promise<Fixture> {
  const f = await twoTenantFixture(admin)
  const deliveryIds: Record<string, string> = {}
  for (const providerId of ['em_delivered', 'em_bounced', 'em_complained', 'em_tampered']) {
    const [row] = await admin.db
      .insert(messageDeliveries)
      .values({
        tenantId: f.a.id,
        channel: 'email',
        template: 'booking-reminder',
        topic: 'reminders',
        recipientKind: 'client',
        clientId: providerId === 'em_complained' ? f.a.otherClientId : f.a.clientId,
        toAddress: 'client@alpha-pools.test',
        locale: 'fr',
        status: 'sent',
        providerMessageId: providerId,
        dedupeKey: `webhook-test:${providerId}`,
      })
      .returning({ id: messageDeliveries.id })
    if (!row) throw new Error('delivery fixture not created')
    deliveryIds[providerId] = row.id
  }
  return { ...f, deliveryIds }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const eventBody = (type: string, emailId: string, createdAt: string, to = 'client@alpha-pools.test') =>
  JSON.stringify({ type, created_at: createdAt, data: { email_id: emailId, to: [to] } })

const post = (body: string, options: { id?: string; at?: Date; tamper?: (body: string) => string } = {}) => {
  const id = options.id ?? `msg_${randomBytes(6).toString('hex')}`
  const headers = signResendWebhook(secret, id, options.at ?? new Date(), body)
  return handleResendWebhook(
    new Request('https://portail.test/api/webhooks/resend', {
      method: 'POST',
      headers,
      body: options.tamper ? options.tamper(body) : body,
    }),
    { database: db.app, signingSecret: secret },
  )
}

const deliveryOf = async (providerId: string) => {
  const [row] = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select()
      .from(messageDeliveries)
      .where(
        and(
          eq(messageDeliveries.tenantId, db.data.a.id),
          eq(messageDeliveries.id, db.data.deliveryIds[providerId] ?? ''),
        ),
      ),
  )
  return row
}

const bouncedAt = async (clientId: string) => {
  const [row] = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select({ at: clients.emailBouncedAt })
      .from(clients)
      .where(and(eq(clients.tenantId, db.data.a.id), eq(clients.id, clientId))),
  )
  return row?.at ?? null
}

describe('Resend webhooks', () => {
  it('marks a delivery delivered on a signed email.delivered', async () => {
    const response = await post(eventBody('email.delivered', 'em_delivered', '2026-12-07T19:00:05.000Z'))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ outcome: 'applied' })
    expect(await deliveryOf('em_delivered')).toMatchObject({
      status: 'delivered',
      deliveredAt: new Date('2026-12-07T19:00:05.000Z'),
      statusAt: new Date('2026-12-07T19:00:05.000Z'),
    })
  })

  it('refuses a tampered body with 400 and changes nothing', async () => {
    const response = await post(eventBody('email.delivered', 'em_tampered', '2026-12-07T19:00:05.000Z'), {
      tamper: (body) => body.replace('email.delivered', 'email.bounced'),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'invalid-signature' })
    expect((await deliveryOf('em_tampered'))?.status).toBe('sent')
    expect(await bouncedAt(db.data.a.clientId)).toBeNull()
  })

  it('refuses a delivery signed ten minutes ago (a captured request replayed)', async () => {
    const response = await post(eventBody('email.bounced', 'em_tampered', '2026-12-07T19:00:05.000Z'), {
      at: new Date(Date.now() - 10 * 60_000),
    })
    expect(response.status).toBe(400)
    expect((await deliveryOf('em_tampered'))?.status).toBe('sent')
  })

  it('applies an event once: the same svix id again changes nothing', async () => {
    const body = eventBody('email.bounced', 'em_bounced', '2026-12-07T19:01:00.000Z')
    expect(await (await post(body, { id: 'msg_bounce_once' })).json()).toEqual({ outcome: 'applied' })
    const first = await bouncedAt(db.data.a.clientId)
    expect(first).toEqual(new Date('2026-12-07T19:01:00.000Z'))
    const again = await post(body, { id: 'msg_bounce_once' })
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ outcome: 'replayed' })
    expect(await bouncedAt(db.data.a.clientId)).toEqual(first)
  })

  it('keeps a bounce when the delivered event arrives after it, out of order', async () => {
    const late = await post(eventBody('email.delivered', 'em_bounced', '2026-12-07T19:00:30.000Z'))
    expect(await late.json()).toEqual({ outcome: 'superseded' })
    expect(await deliveryOf('em_bounced')).toMatchObject({ status: 'bounced', deliveredAt: null })
    // A stale "sent" does not move it back either.
    await post(eventBody('email.sent', 'em_bounced', '2026-12-07T19:00:00.000Z'))
    expect((await deliveryOf('em_bounced'))?.status).toBe('bounced')
  })

  it('flags the address on a complaint, and ignores events for messages it never logged', async () => {
    await post(
      eventBody('email.complained', 'em_complained', '2026-12-07T19:02:00.000Z', 'other-client@alpha-pools.test'),
    )
    expect((await deliveryOf('em_complained'))?.status).toBe('complained')
    expect(await bouncedAt(db.data.a.otherClientId)).toEqual(new Date('2026-12-07T19:02:00.000Z'))
    const unknown = await post(eventBody('email.delivered', 'em_sign_in_code', '2026-12-07T19:03:00.000Z'))
    expect(await unknown.json()).toEqual({ outcome: 'unknown-message' })
    const other = await post(eventBody('email.opened', 'em_delivered', '2026-12-07T19:03:00.000Z'))
    expect(await other.json()).toEqual({ outcome: 'ignored' })
  })
})
