import { clients, messageDeliveries, providerWebhookEvents } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, twoTenantFixture, type TwoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import twilio from 'twilio'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { handleTwilioInbound, handleTwilioStatusCallback } from '../src/sms/twilio-webhooks'
import { publicUrlOf } from '../src/sms/twilio-signature'

let db: TestDatabase<TwoTenantFixture>
beforeEach(async () => {
  await db?.close()
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const authToken = 'f0'.repeat(16)
const statusUrl = 'https://portail.example/api/webhooks/twilio/status'
const inboundUrl = 'https://portail.example/api/webhooks/twilio/inbound'
const sid = (n: number) => `SM${String(n).padStart(32, '0')}`

/**
 * A webhook request as Twilio sends it: form-encoded, signed over the public URL, reaching the app
 * behind a proxy (http on an inner address, the public scheme and host in x-forwarded-*).
 */
function twilioRequest(url: string, params: Record<string, string>, options: { sign?: Record<string, string> } = {}) {
  const publicUrl = new URL(url)
  const signature = twilio.getExpectedTwilioSignature(authToken, url, options.sign ?? params)
  return new Request(`http://10.0.0.5:3000${publicUrl.pathname}${publicUrl.search}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signature,
      'x-forwarded-proto': 'https',
      'x-forwarded-host': publicUrl.host,
    },
    body: new URLSearchParams(params).toString(),
  })
}

/** A text the relay sent: its delivery row, as the outbox trigger leaves it (sent, Twilio's SID). */
async function sentSms(tenantId: string, clientId: string, providerMessageId: string) {
  const [row] = await db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx
      .insert(messageDeliveries)
      .values({
        tenantId,
        channel: 'sms',
        template: 'booking-reminder',
        topic: 'reminders',
        recipientKind: 'client',
        clientId,
        toAddress: '+15145550100',
        locale: 'fr',
        dedupeKey: providerMessageId,
        status: 'sent',
        providerMessageId,
      })
      .returning({ id: messageDeliveries.id }),
  )
  if (!row) throw new Error('no delivery')
  return row.id
}

const deliveryOf = (tenantId: string, id: string) =>
  db.app
    .withTenant({ actor: 'system', tenantId }, (tx) =>
      tx.select().from(messageDeliveries).where(eq(messageDeliveries.id, id)),
    )
    .then((rows) => rows[0])

const options = () => ({ database: db.app, authToken, now: () => new Date('2026-12-07T19:30:00Z') })
const status = (n: number, messageStatus: string, extra: Record<string, string> = {}) =>
  twilioRequest(statusUrl, {
    MessageSid: sid(n),
    MessageStatus: messageStatus,
    AccountSid: `AC${'a1'.repeat(16)}`,
    ...extra,
  })

describe('Twilio status callbacks', () => {
  it('mark the delivery delivered when Twilio signed the callback', async () => {
    const { a } = db.data
    const id = await sentSms(a.id, a.clientId, sid(1))
    const response = await handleTwilioStatusCallback(status(1, 'delivered'), options())
    expect(response.status).toBe(204)
    expect(await deliveryOf(a.id, id)).toMatchObject({
      status: 'delivered',
      deliveredAt: new Date('2026-12-07T19:30:00Z'),
    })
  })

  it('refuse a tampered callback (a parameter changed after signing) and change nothing', async () => {
    const { a } = db.data
    const id = await sentSms(a.id, a.clientId, sid(1))
    const signedFor = { MessageSid: sid(1), MessageStatus: 'delivered' }
    const tampered = twilioRequest(statusUrl, { ...signedFor, MessageStatus: 'failed' }, { sign: signedFor })
    expect((await handleTwilioStatusCallback(tampered, options())).status).toBe(403)
    const forged = new Request(statusUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' },
      body: new URLSearchParams(signedFor).toString(),
    })
    expect((await handleTwilioStatusCallback(forged, options())).status).toBe(403)
    expect((await deliveryOf(a.id, id))?.status).toBe('sent')
  })

  it('refuse a callback signed for another address', async () => {
    const { a } = db.data
    await sentSms(a.id, a.clientId, sid(1))
    const request = twilioRequest('https://elsewhere.example/api/webhooks/twilio/status', {
      MessageSid: sid(1),
      MessageStatus: 'delivered',
    })
    const moved = new Request(request.url, {
      method: 'POST',
      headers: { ...Object.fromEntries(request.headers), 'x-forwarded-host': 'portail.example' },
      body: await request.text(),
    })
    expect((await handleTwilioStatusCallback(moved, options())).status).toBe(403)
  })

  it('apply a replayed callback once', async () => {
    const { a } = db.data
    const id = await sentSms(a.id, a.clientId, sid(1))
    await handleTwilioStatusCallback(status(1, 'undelivered', { ErrorCode: '30003' }), options())
    const first = await deliveryOf(a.id, id)
    expect(first).toMatchObject({ status: 'failed', lastError: 'twilio undelivered 30003' })
    const replay = await handleTwilioStatusCallback(status(1, 'undelivered', { ErrorCode: '30003' }), {
      ...options(),
      now: () => new Date('2026-12-08T00:00:00Z'),
    })
    expect(replay.status).toBe(204)
    expect((await deliveryOf(a.id, id))?.statusAt).toEqual(first?.statusAt)
    const events = await db.app.withTenant({ actor: 'deliveryStatus', tenantId: null }, (tx) =>
      tx.select().from(providerWebhookEvents),
    )
    expect(events.map((event) => event.eventId)).toEqual([`${sid(1)}:undelivered`])
  })

  it('never move a delivery back: a late `sent` after `delivered` leaves it delivered', async () => {
    const { a } = db.data
    const id = await sentSms(a.id, a.clientId, sid(1))
    await handleTwilioStatusCallback(status(1, 'delivered'), options())
    await handleTwilioStatusCallback(status(1, 'sent'), options())
    await handleTwilioStatusCallback(status(1, 'failed'), options())
    expect((await deliveryOf(a.id, id))?.status).toBe('delivered')
  })

  it('leave every other delivery alone, in every business', async () => {
    const { a, b } = db.data
    const mine = await sentSms(a.id, a.clientId, sid(1))
    const other = await sentSms(b.id, b.clientId, sid(2))
    await handleTwilioStatusCallback(status(1, 'delivered'), options())
    expect((await deliveryOf(a.id, mine))?.status).toBe('delivered')
    expect((await deliveryOf(b.id, other))?.status).toBe('sent')
    expect((await handleTwilioStatusCallback(status(3, 'delivered'), options())).status).toBe(204)
  })
})

const phoneStates = () =>
  db.app
    .withTenant({ actor: 'deliveryStatus', tenantId: null }, (tx) =>
      tx.select({ id: clients.id, phone: clients.phone }).from(clients),
    )
    .then(async (rows) => {
      const { a, b } = db.data
      const optedOut = async (tenantId: string) =>
        db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
          tx.select({ id: clients.id, at: clients.smsOptedOutAt }).from(clients),
        )
      return { count: rows.length, a: await optedOut(a.id), b: await optedOut(b.id) }
    })

const inbound = (n: number, body: string, from = '+15145550100') =>
  twilioRequest(inboundUrl, { MessageSid: sid(n), From: from, To: '+14385550199', Body: body })

describe('inbound texts', () => {
  it('STOP opts that number out in every business, START lifts it', async () => {
    const response = await handleTwilioInbound(inbound(10, 'STOP'), options())
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>')
    let states = await phoneStates()
    // Every fixture client has this number (three per business).
    expect([...states.a, ...states.b].map((client) => client.at)).toEqual(
      Array<Date>(6).fill(new Date('2026-12-07T19:30:00Z')),
    )
    await handleTwilioInbound(inbound(11, 'start'), options())
    states = await phoneStates()
    expect([...states.a, ...states.b].every((client) => client.at === null)).toBe(true)
  })

  it('understands ARRÊT, ARRET, UNSUBSCRIBE, whatever the case, with a full stop', async () => {
    for (const [n, word] of [
      [20, 'ARRÊT'],
      [21, 'arret'],
      [22, ' Unsubscribe. '],
      [23, 'arrêt!'],
    ] as const) {
      await handleTwilioInbound(inbound(n, 'START'), options())
      await handleTwilioInbound(inbound(n + 100, word), options())
      const { a } = await phoneStates()
      expect(
        a.every((client) => client.at !== null),
        word,
      ).toBe(true)
    }
  })

  it('ignores a text that is not only a keyword, and another number', async () => {
    await handleTwilioInbound(inbound(30, 'Stop by at 3 please'), options())
    await handleTwilioInbound(inbound(31, 'STOP', '+14385550111'), options())
    const { a, b } = await phoneStates()
    expect([...a, ...b].every((client) => client.at === null)).toBe(true)
  })

  it('applies a replayed STOP once, and refuses an unsigned one', async () => {
    await handleTwilioInbound(inbound(40, 'STOP'), options())
    await handleTwilioInbound(inbound(41, 'START'), options())
    // The STOP again, as recorded: already applied, so the later START stands.
    await handleTwilioInbound(inbound(40, 'STOP'), options())
    expect((await phoneStates()).a.every((client) => client.at === null)).toBe(true)
    const unsigned = new Request(inboundUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ MessageSid: sid(42), From: '+15145550100', Body: 'STOP' }).toString(),
    })
    expect((await handleTwilioInbound(unsigned, options())).status).toBe(403)
    expect((await phoneStates()).a.every((client) => client.at === null)).toBe(true)
  })
})

describe('publicUrlOf', () => {
  it('rebuilds the address Twilio called from the forwarded scheme and host', () => {
    const request = new Request('http://10.0.0.5:3000/api/webhooks/twilio/status?x=1', {
      headers: { 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'portail.example, inner' },
    })
    expect(publicUrlOf(request)).toBe('https://portail.example/api/webhooks/twilio/status?x=1')
    expect(publicUrlOf(new Request('http://localhost:3000/a'))).toBe('http://localhost:3000/a')
  })
})
