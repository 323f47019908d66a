import type { AdminConnection } from '@portail/db/admin'
import {
  clients,
  mailOutbox,
  memberships,
  messageDeliveries,
  notifications,
  pushSubscriptions,
  smsOutbox,
  tenants,
} from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { notify, type NotifyOptions } from '../src/notify/notify'
import { RecipientNotFoundError, UnknownTemplateError } from '../src/notify/notify-errors'
import type { EmailTemplateName, NotifyRequest } from '../src/notify/notify-types'

interface Fixture extends TwoTenantFixture {
  /** A client of A who turned SMS on and has a device subscribed. */
  smsClientId: string
  bouncingClientId: string
  stopClientId: string
}

async function fixture(admin: AdminConnection): Promise<Fixture> {
  const f = await twoTenantFixture(admin)
  const client = async (label: string, extra: Partial<typeof clients.$inferInsert> = {}) => {
    const [row] = await admin.db
      .insert(clients)
      .values({
        tenantId: f.a.id,
        fullName: `Client ${label}`,
        email: `${label}@example.com`,
        phone: '514 555 0142',
        locale: 'en',
        communicationPreferences: { email: true, sms: true, marketing: false, push: true },
        ...extra,
      })
      .returning({ id: clients.id })
    if (!row) throw new Error('client fixture not created')
    return row.id
  }
  const smsClientId = await client('sms')
  await admin.db.insert(pushSubscriptions).values({
    tenantId: f.a.id,
    recipientKind: 'client',
    clientId: smsClientId,
    userId: f.a.clientUserId,
    endpoint: 'https://push.example.com/device-1',
    p256dh: 'key',
    auth: 'auth',
    locale: 'en',
  })
  await admin.db
    .update(memberships)
    .set({ notificationPreferences: { bookingCreated: { email: false } } })
    .where(eq(memberships.userId, f.a.ownerUserId))
  await admin.db
    .update(tenants)
    .set({ settings: { quietHours: { start: '21:00', end: '08:00' } } })
    .where(eq(tenants.id, f.a.id))
  return {
    ...f,
    smsClientId,
    bouncingClientId: await client('bouncing', { emailBouncedAt: new Date('2026-12-01T00:00:00Z') }),
    stopClientId: await client('stop', { smsOptedOutAt: new Date('2026-12-01T00:00:00Z') }),
  }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

/** 14:00 in Toronto, 23:00 in Toronto, and 08:00 the next morning. */
const afternoon = new Date('2026-12-09T19:00:00Z')
const night = new Date('2026-12-10T04:00:00Z')
const morning = new Date('2026-12-10T13:00:00Z')
const bookingId = '01900000-0000-7000-8000-000000000001'

let nudges: string[] = []
let pushes: unknown[] = []
const options: NotifyOptions = {
  nudge: (kind) => nudges.push(kind),
  sendPush: (_database, request) => {
    pushes.push(request)
    return Promise.resolve({ sent: 1, removed: 0, failed: 0 })
  },
}
beforeEach(() => {
  nudges = []
  pushes = []
})

const request = (over: Partial<NotifyRequest> = {}): NotifyRequest => ({
  tenantId: db.data.a.id,
  recipient: { kind: 'client', clientId: db.data.smsClientId },
  topic: 'reminders',
  template: 'booking-reminder',
  props: {
    recipientName: 'Client sms',
    serviceName: 'Pool opening',
    start: '2026-12-11T15:00:00.000Z',
    end: '2026-12-11T16:00:00.000Z',
    timeZone: 'America/Toronto',
    staffName: 'Sophie',
    address: null,
    manageUrl: 'http://alpha-pools.localhost:3000/en/portal/appointments/x',
    leadHours: 24,
  },
  bookingId,
  dedupeKey: `test:${Math.random()}`,
  now: afternoon,
  ...over,
})

const rowsOf = async (dedupeKey: string) => {
  const deliveries = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select()
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.tenantId, db.data.a.id), eq(messageDeliveries.dedupeKey, dedupeKey))),
  )
  const ids = deliveries.map((row) => row.id)
  return { deliveries, ids }
}

/** What left: the outbox rows naming these deliveries (read as the dev mailbox reads them). */
const sentFor = async (deliveryIds: string[]) => {
  const mail = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({
        id: mailOutbox.id,
        deliveryId: mailOutbox.deliveryId,
        subject: mailOutbox.subject,
        html: mailOutbox.htmlBody,
        headers: mailOutbox.headers,
      })
      .from(mailOutbox),
  )
  const sms = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx.select({ id: smsOutbox.id, deliveryId: smsOutbox.deliveryId, body: smsOutbox.body }).from(smsOutbox),
  )
  return {
    mail: mail.filter((row) => row.deliveryId !== null && deliveryIds.includes(row.deliveryId)),
    sms: sms.filter((row) => row.deliveryId !== null && deliveryIds.includes(row.deliveryId)),
  }
}

const bellFor = (clientId: string) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.tenantId, db.data.a.id), eq(notifications.clientId, clientId))),
  )

describe('notify', () => {
  it('sends a reminder on every channel the client chose, logs each, and wakes the relays', async () => {
    const req = request()
    const bellBefore = (await bellFor(db.data.smsClientId)).length
    const outcomes = await notify(db.app, req, options)
    expect(outcomes).toEqual([
      { channel: 'email', status: 'queued' },
      { channel: 'sms', status: 'queued' },
      { channel: 'push', status: 'sent' },
      { channel: 'in_app', status: 'sent' },
    ])
    const { deliveries, ids } = await rowsOf(req.dedupeKey)
    expect(deliveries.map((row) => [row.channel, row.status, row.toAddress]).sort()).toEqual(
      [
        ['email', 'queued', 'sms@example.com'],
        ['in_app', 'sent', null],
        ['push', 'sent', null],
        ['sms', 'queued', '+15145550142'],
      ].sort(),
    )
    const sent = await sentFor(ids)
    expect(sent.mail).toHaveLength(1)
    expect(sent.mail[0]?.html).toContain('Pool opening')
    // A reminder is not essential: it carries the one-click unsubscribe of its topic.
    expect(sent.mail[0]?.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' })
    expect(sent.mail[0]?.headers?.['List-Unsubscribe']).toMatch(
      /^<http:\/\/alpha-pools\.localhost:3000\/api\/unsubscribe\?token=/,
    )
    expect(sent.sms).toHaveLength(1)
    expect(sent.sms[0]?.body).toMatch(/STOP/)
    const bell = await bellFor(db.data.smsClientId)
    expect(bell).toHaveLength(bellBefore + 1)
    expect(bell.at(-1)).toMatchObject({ kind: 'booking-reminder', bookingId, link: '/en/portal/appointments/x' })
    expect(bell.at(-1)?.params).toMatchObject({ serviceName: 'Pool opening', start: req.props.start })
    expect(nudges.sort()).toEqual(['mail', 'sms'])
    expect(pushes).toHaveLength(1)
  })

  it('answers a repeated dedupe key with the first outcomes and sends nothing again', async () => {
    const req = request()
    const first = await notify(db.app, req, options)
    nudges = []
    pushes = []
    const again = await notify(db.app, { ...req, now: morning }, options)
    expect(again).toEqual(first)
    const { deliveries, ids } = await rowsOf(req.dedupeKey)
    expect(deliveries).toHaveLength(4)
    const sent = await sentFor(ids)
    expect(sent.mail).toHaveLength(1)
    expect(sent.sms).toHaveLength(1)
    expect(nudges).toEqual([])
    expect(pushes).toEqual([])
  })

  it('holds SMS and push at night until 08:00, sends them when called back, and never holds email', async () => {
    const req = request({ now: night })
    const outcomes = await notify(db.app, req, options)
    expect(outcomes).toEqual([
      { channel: 'email', status: 'queued' },
      { channel: 'sms', status: 'deferred', reason: 'quiet_hours', until: morning },
      { channel: 'push', status: 'deferred', reason: 'quiet_hours', until: morning },
      { channel: 'in_app', status: 'sent' },
    ])
    expect(pushes).toEqual([])
    expect((await sentFor((await rowsOf(req.dedupeKey)).ids)).sms).toEqual([])

    const later = await notify(db.app, { ...req, now: morning, channels: ['sms', 'push'] }, options)
    expect(later).toEqual([
      { channel: 'sms', status: 'queued' },
      { channel: 'push', status: 'sent' },
    ])
    const { deliveries, ids } = await rowsOf(req.dedupeKey)
    expect(deliveries).toHaveLength(4)
    expect((await sentFor(ids)).sms).toHaveLength(1)
  })

  it('skips with quiet_hours what would only go out after notAfter', async () => {
    const outcomes = await notify(db.app, request({ now: night, notAfter: new Date('2026-12-10T12:00:00Z') }), options)
    expect(outcomes.filter((o) => o.channel === 'sms' || o.channel === 'push')).toEqual([
      { channel: 'sms', status: 'skipped', reason: 'quiet_hours' },
      { channel: 'push', status: 'skipped', reason: 'quiet_hours' },
    ])
  })

  it('logs a reminder past its time as too late on every channel and sends nothing', async () => {
    const req = request({ notAfter: new Date(afternoon.getTime() - 60_000) })
    const outcomes = await notify(db.app, req, options)
    expect(outcomes.map((o) => [o.channel, o.status, o.reason])).toEqual([
      ['email', 'skipped', 'too_late'],
      ['sms', 'skipped', 'too_late'],
      ['push', 'skipped', 'too_late'],
      ['in_app', 'skipped', 'too_late'],
    ])
    const { deliveries, ids } = await rowsOf(req.dedupeKey)
    expect(deliveries.map((row) => row.skipReason)).toEqual(['too_late', 'too_late', 'too_late', 'too_late'])
    expect(await sentFor(ids)).toEqual({ mail: [], sms: [] })
    expect(nudges).toEqual([])
  })

  it('records a bouncing address and a STOP as skips with their reason', async () => {
    const bouncing = await notify(
      db.app,
      request({ recipient: { kind: 'client', clientId: db.data.bouncingClientId } }),
      options,
    )
    expect(bouncing[0]).toEqual({ channel: 'email', status: 'skipped', reason: 'address_bouncing' })
    const stopped = await notify(
      db.app,
      request({ recipient: { kind: 'client', clientId: db.data.stopClientId } }),
      options,
    )
    expect(stopped[1]).toEqual({ channel: 'sms', status: 'skipped', reason: 'opted_out' })
    // No device subscribed for this one.
    expect(stopped[2]).toEqual({ channel: 'push', status: 'skipped', reason: 'no_push_device' })
  })

  it('sends a staff notice to the member by email, unless they turned that notice off', async () => {
    const staff = { kind: 'staff' as const, userId: db.data.a.staffUserId }
    const notice = {
      topic: 'bookingCreated' as const,
      template: 'booking-staff-notice' as const,
      recipient: staff,
      props: { ...request().props, clientName: 'Client sms' },
    }
    expect(await notify(db.app, request(notice), options)).toEqual([
      { channel: 'email', status: 'queued' },
      { channel: 'push', status: 'skipped', reason: 'no_push_device' },
      { channel: 'in_app', status: 'sent' },
    ])
    // The owner turned new-booking emails off (fixture).
    const owner = { ...notice, recipient: { kind: 'staff' as const, userId: db.data.a.ownerUserId } }
    expect((await notify(db.app, request(owner), options))[0]).toEqual({
      channel: 'email',
      status: 'skipped',
      reason: 'opted_out',
    })
  })

  it('refuses an unknown template and a recipient of another business, writing nothing', async () => {
    const unknown = request({ template: 'booking-party' as EmailTemplateName })
    await expect(notify(db.app, unknown, options)).rejects.toBeInstanceOf(UnknownTemplateError)
    expect((await rowsOf(unknown.dedupeKey)).deliveries).toEqual([])
    const elsewhere = request({ recipient: { kind: 'client', clientId: db.data.b.clientId } })
    await expect(notify(db.app, elsewhere, options)).rejects.toBeInstanceOf(RecipientNotFoundError)
    expect((await rowsOf(elsewhere.dedupeKey)).deliveries).toEqual([])
  })
})
