import type { Database } from '@portail/db'
import { messageDeliveries, smsOutbox } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, twoTenantFixture, type TwoTenantFixture } from '@portail/db/testing'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { deliverPendingSms } from '../src/sms/deliver-pending-sms'
import { queueSms } from '../src/sms/queue-sms'
import { localSmsTransport, type OutgoingSms, type SmsDeliveryResult, type SmsTransport } from '../src/sms/transport'

let db: TestDatabase<TwoTenantFixture>
beforeEach(async () => {
  await db?.close()
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

/** What notify() does for one SMS: the delivery row and the outbox row, in one system transaction. */
async function queue(database: Database, tenantId: string, clientId: string, key: string, toPhone = '+15145550100') {
  return database.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const [delivery] = await tx
      .insert(messageDeliveries)
      .values({
        tenantId,
        channel: 'sms',
        template: 'booking-reminder',
        topic: 'reminders',
        recipientKind: 'client',
        clientId,
        toAddress: toPhone,
        locale: 'fr',
        dedupeKey: key,
      })
      .returning({ id: messageDeliveries.id })
    if (!delivery) throw new Error('no delivery row')
    await queueSms(tx, {
      tenantId,
      toPhone,
      body: `Rappel ${key}`,
      locale: 'fr',
      kind: 'booking-reminder',
      idempotencyKey: key,
      deliveryId: delivery.id,
      segments: 1,
    })
    return delivery.id
  })
}

const outbox = () =>
  db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx.select().from(smsOutbox).orderBy(asc(smsOutbox.idempotencyKey)),
  )

const delivery = (tenantId: string, id: string) =>
  db.app
    .withTenant({ actor: 'system', tenantId }, (tx) =>
      tx.select().from(messageDeliveries).where(eq(messageDeliveries.id, id)),
    )
    .then((rows) => rows[0])

function scripted(script: (sms: OutgoingSms) => SmsDeliveryResult) {
  const attempts: OutgoingSms[] = []
  const transport: SmsTransport = {
    name: 'twilio',
    send: (sms) => {
      attempts.push(sms)
      return Promise.resolve(script(sms))
    },
  }
  return { transport, attempts }
}

const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000)

describe('deliverPendingSms', () => {
  it('on embedded defaults marks each text sent, and the delivery log follows', async () => {
    const { a, b } = db.data
    const first = await queue(db.app, a.id, a.clientId, 'a-1')
    const second = await queue(db.app, b.id, b.clientId, 'b-1')
    expect(await deliverPendingSms(db.app, localSmsTransport)).toEqual({ sent: 2, retrying: 0, failed: 0 })
    expect((await outbox()).map((row) => [row.idempotencyKey, row.status, row.attempts])).toEqual([
      ['a-1', 'sent', 1],
      ['b-1', 'sent', 1],
    ])
    expect(await delivery(a.id, first)).toMatchObject({ status: 'sent', attempts: 1 })
    expect(await delivery(b.id, second)).toMatchObject({ status: 'sent', attempts: 1 })
    expect(await deliverPendingSms(db.app, localSmsTransport)).toEqual({ sent: 0, retrying: 0, failed: 0 })
  })

  it('hands the transport the number and body, and records Twilio’s SID on the outbox and the log', async () => {
    const { a } = db.data
    const id = await queue(db.app, a.id, a.clientId, 'a-1', '+14385550199')
    const { transport, attempts } = scripted(() => ({ ok: true, providerMessageId: 'SM123' }))
    await deliverPendingSms(db.app, transport)
    expect(attempts).toMatchObject([{ to: '+14385550199', body: 'Rappel a-1' }])
    expect((await outbox())[0]).toMatchObject({ status: 'sent', providerMessageId: 'SM123' })
    expect(await delivery(a.id, id)).toMatchObject({ status: 'sent', providerMessageId: 'SM123' })
  })

  it('retries a transient failure with backoff, and not before it is due', async () => {
    const { a } = db.data
    const id = await queue(db.app, a.id, a.clientId, 'a-1')
    const now = new Date()
    let answer: SmsDeliveryResult = { ok: false, permanent: false, error: 'twilio 503 20500: down' }
    const { transport, attempts } = scripted(() => answer)
    expect(await deliverPendingSms(db.app, transport, { now: () => now })).toEqual({ sent: 0, retrying: 1, failed: 0 })
    expect((await outbox())[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'twilio 503 20500: down' })
    expect(await deliverPendingSms(db.app, transport, { now: () => minutes(now, 0.5) })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    })
    answer = { ok: true, providerMessageId: 'SM9' }
    expect(await deliverPendingSms(db.app, transport, { now: () => minutes(now, 2) })).toEqual({
      sent: 1,
      retrying: 0,
      failed: 0,
    })
    expect(attempts).toHaveLength(2)
    expect(await delivery(a.id, id)).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: 'SM9' })
  })

  it('fails a refused number for good, and the delivery log says why', async () => {
    const { a } = db.data
    const id = await queue(db.app, a.id, a.clientId, 'a-1')
    const { transport } = scripted(() => ({ ok: false, permanent: true, error: 'twilio 400 21211: invalid To' }))
    expect(await deliverPendingSms(db.app, transport)).toEqual({ sent: 0, retrying: 0, failed: 1 })
    expect(await delivery(a.id, id)).toMatchObject({ status: 'failed', lastError: 'twilio 400 21211: invalid To' })
    expect(await deliverPendingSms(db.app, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 })
  })

  it('gives up after the last attempt, and one failing text never holds back the others', async () => {
    const { a } = db.data
    await queue(db.app, a.id, a.clientId, 'a-1', '+14385550199')
    await queue(db.app, a.id, a.otherClientId, 'a-2')
    const { transport } = scripted((sms) =>
      sms.to === '+14385550199'
        ? { ok: false, permanent: false, error: 'boom' }
        : { ok: true, providerMessageId: 'SM2' },
    )
    expect(await deliverPendingSms(db.app, transport, { maxAttempts: 1 })).toEqual({ sent: 1, retrying: 0, failed: 1 })
    expect((await outbox()).map((row) => row.status)).toEqual(['failed', 'sent'])
  })

  it('takes a transport that throws for a failure worth retrying', async () => {
    const { a } = db.data
    await queue(db.app, a.id, a.clientId, 'a-1')
    const transport: SmsTransport = { name: 'twilio', send: () => Promise.reject(new Error('socket hang up')) }
    expect(await deliverPendingSms(db.app, transport)).toEqual({ sent: 0, retrying: 1, failed: 0 })
    expect((await outbox())[0]?.lastError).toBe('twilio: Error: socket hang up')
  })
})
