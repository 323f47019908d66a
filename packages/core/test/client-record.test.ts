/**
 * What the staff client page and the client's own activity read about a client: its appointments
 * (upcoming and past, its own only, its tenant only), its portal state (the rule the portal itself
 * applies, whatever the consent records say), and appointment entries of the activity feed worded
 * from the booking the client can read. Also the public opening hours a visitor reads.
 */
import type { AdminConnection } from '@portail/db/admin'
import { auditLog, type BookingSnapshot, bookings, clients, workingHours } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveActor } from '../src/actors'
import { getClient, getClientHistory, listClientAppointments, listMyActivity } from '../src/clients'
import { DomainError } from '../src/errors'
import { membershipState, publicOpeningHours } from '../src/portal'

const hour = 3_600_000
const now = Date.parse('2026-11-20T15:00:00Z')

const snapshot = (nameFr: string, nameEn: string): BookingSnapshot => ({
  service: { nameFr, nameEn, durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 2 },
})

interface Fixture extends TwoTenantFixture {
  /** Client X of A: two upcoming (one cancelled), one past; client Y of A and B's client one each. */
  bookingsOfX: { soon: string; later: string; past: string }
  bookingOfY: string
  bookingOfB: string
}

let keys = 0
async function insertBooking(
  admin: AdminConnection,
  tenant: TwoTenantFixture['a'],
  clientId: string,
  start: number,
  names: [string, string],
  status: 'confirmed' | 'cancelled' | 'completed' = 'confirmed',
): Promise<string> {
  const [row] = await admin.db
    .insert(bookings)
    .values({
      tenantId: tenant.id,
      clientId,
      membershipId: tenant.staffMembershipId,
      serviceId: tenant.serviceId,
      startsAt: new Date(start),
      endsAt: new Date(start + hour),
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      blockedFrom: new Date(start),
      blockedUntil: new Date(start + hour),
      status,
      priceCents: 12000,
      snapshot: snapshot(...names),
      locale: 'fr',
      idempotencyKey: `record-test-${(keys += 1)}`,
    })
    .returning({ id: bookings.id })
  if (!row) throw new Error('booking not inserted')
  return row.id
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin): Promise<Fixture> => {
    const f = await twoTenantFixture(admin)
    const pool: [string, string] = ['Ouverture de piscine', 'Pool opening']
    const bookingsOfX = {
      soon: await insertBooking(admin, f.a, f.a.clientId, now + 24 * hour, pool),
      later: await insertBooking(admin, f.a, f.a.clientId, now + 72 * hour, pool, 'cancelled'),
      past: await insertBooking(admin, f.a, f.a.clientId, now - 48 * hour, ['Fermeture', 'Closing'], 'completed'),
    }
    const bookingOfY = await insertBooking(admin, f.a, f.a.otherClientId, now + 30 * hour, ['Secret Y', 'Secret Y'])
    const bookingOfB = await insertBooking(admin, f.b, f.b.clientId, now + 30 * hour, ['Secret B', 'Secret B'])
    const entry = (tenantId: string, clientId: string, userId: string, bookingId: string, start: number) => ({
      tenantId,
      clientId,
      actorUserId: userId,
      actorRole: 'client',
      action: 'booking.created',
      entityType: 'booking',
      entityId: bookingId,
      data: { start: new Date(start).toISOString() },
    })
    await admin.db.insert(auditLog).values([
      entry(f.a.id, f.a.clientId, f.a.clientUserId, bookingsOfX.soon, now + 24 * hour),
      {
        tenantId: f.a.id,
        clientId: f.a.clientId,
        actorUserId: f.a.ownerUserId,
        actorRole: 'owner',
        action: 'booking.moved',
        entityType: 'booking',
        entityId: bookingsOfX.soon,
        reason: 'staff note',
        data: { from: new Date(now + 20 * hour).toISOString(), to: new Date(now + 24 * hour).toISOString() },
      },
      // An entry about X that names Y's booking: X must not learn Y's service through the join.
      entry(f.a.id, f.a.clientId, f.a.clientUserId, bookingOfY, now + 30 * hour),
      entry(f.a.id, f.a.otherClientId, f.a.otherClientUserId, bookingOfY, now + 30 * hour),
      entry(f.b.id, f.b.clientId, f.b.clientUserId, bookingOfB, now + 30 * hour),
    ])
    // The owner performs no service: their hours are not the business's.
    await admin.db
      .insert(workingHours)
      .values({
        tenantId: f.a.id,
        membershipId: f.a.ownerMembershipId,
        weekday: 1,
        startTime: '06:00',
        endTime: '09:00',
      })
    await admin.db.delete(workingHours).where(eq(workingHours.membershipId, f.b.staffMembershipId))
    await admin.db
      .insert(workingHours)
      .values({
        tenantId: f.b.id,
        membershipId: f.b.staffMembershipId,
        weekday: 2,
        startTime: '05:00',
        endTime: '06:00',
      })
    return { ...f, bookingsOfX, bookingOfY, bookingOfB }
  })
})
afterAll(async () => db.close())

const asOwnerOf = <T>(tenant: TwoTenantFixture['a'], fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: tenant.id, userId: tenant.ownerUserId }, fn)

const refusal = (run: Promise<unknown>) =>
  run.then(
    () => 'succeeded',
    (error: unknown) => {
      if (error instanceof DomainError) return `${error.code} ${error.messageKey}`
      throw error
    },
  )

describe('a client’s appointments on the staff client page', () => {
  it('lists upcoming ones soonest first and past ones latest first, with service, status and who performs them', async () => {
    const { a, bookingsOfX } = db.data
    const list = await asOwnerOf(a, (tx) => listClientAppointments(tx, { tenantId: a.id }, { id: a.clientId }, now))
    expect(list.upcoming.map((booking) => booking.id)).toEqual([bookingsOfX.soon, bookingsOfX.later])
    expect(list.upcoming[0]).toMatchObject({
      status: 'confirmed',
      serviceNameFr: 'Ouverture de piscine',
      serviceNameEn: 'Pool opening',
      staffName: 'staff Alpha',
      start: new Date(now + 24 * hour),
    })
    expect(list.upcoming[1]?.status).toBe('cancelled')
    expect(list.past).toMatchObject([{ id: bookingsOfX.past, status: 'completed', serviceNameEn: 'Closing' }])
  })

  it('never shows another client’s or another business’s appointments', async () => {
    const { a, b } = db.data
    const list = await asOwnerOf(a, (tx) => listClientAppointments(tx, { tenantId: a.id }, { id: a.clientId }, now))
    expect(JSON.stringify(list)).not.toMatch(/Secret/)
    expect(
      await refusal(asOwnerOf(b, (tx) => listClientAppointments(tx, { tenantId: b.id }, { id: a.clientId }, now))),
    ).toBe('NOT_FOUND client.notFound')
    // B's staff naming A's tenant in its own context still reads nothing of A.
    expect(
      await refusal(
        db.app.withTenant({ actor: 'staff', tenantId: b.id, userId: b.ownerUserId }, (tx) =>
          listClientAppointments(tx, { tenantId: a.id }, { id: a.clientId }, now),
        ),
      ),
    ).toBe('NOT_FOUND client.notFound')
  })

  it('shows the service address on file with the record', async () => {
    const { a } = db.data
    const address = {
      line1: '12 rue des Pins',
      city: 'Saint-Sauveur',
      province: 'QC',
      postalCode: 'J0R 1R0',
      country: 'CA',
    }
    await asOwnerOf(a, (tx) => tx.update(clients).set({ serviceAddress: address }).where(eq(clients.id, a.clientId)))
    expect((await asOwnerOf(a, (tx) => getClient(tx, { tenantId: a.id }, { id: a.clientId }))).serviceAddress).toEqual(
      address,
    )
  })
})

describe('a client’s portal state, for the staff page and the portal alike', () => {
  const stateOf = async (userId: string) => {
    const identity = { userId, email: 'x@example.test', name: 'x', locale: null, platformRole: null }
    const actor = await resolveActor(db.app, { tenantId: db.data.a.id, identity })
    return (
      await db.app.withTenant({ actor: 'public', tenantId: db.data.a.id, userId }, (tx) =>
        membershipState(tx, db.data.a.id, actor),
      )
    ).state
  }
  const recordOf = (id: string) =>
    asOwnerOf(db.data.a, async (tx) => ({
      client: await getClient(tx, { tenantId: db.data.a.id }, { id }),
      history: await getClientHistory(tx, { tenantId: db.data.a.id }, { id }),
    }))

  it('says a client linked without a consent record has joined, as the portal does', async () => {
    const { client, history } = await recordOf(db.data.a.clientId)
    expect(history.consents).toEqual([])
    expect(client.portal).toBe('client')
    expect(await stateOf(db.data.a.clientUserId)).toBe('client')
  })

  it('says an unlinked record has not joined', async () => {
    expect((await recordOf(db.data.a.unlinkedClientId)).client.portal).toBe('notJoined')
  })

  it('says an archived linked record is closed, as the portal does', async () => {
    const { a } = db.data
    await asOwnerOf(a, (tx) =>
      tx.update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, a.otherClientId)),
    )
    expect((await recordOf(a.otherClientId)).client.portal).toBe('closed')
    expect(await stateOf(a.otherClientUserId)).toBe('closed')
    await asOwnerOf(a, (tx) => tx.update(clients).set({ archivedAt: null }).where(eq(clients.id, a.otherClientId)))
  })
})

describe('appointment entries of the client’s activity', () => {
  const activityOf = () => {
    const { a } = db.data
    const ctx = { tenantId: a.id, clientId: a.clientId, userId: a.clientUserId }
    return db.app.withTenant({ actor: 'client', ...ctx }, (tx) => listMyActivity(tx, ctx, { limit: 20 }))
  }

  it('carries the service as booked and its time (the new one after a move), saying who acted', async () => {
    const { items } = await activityOf()
    const created = items.find((entry) => entry.action === 'booking.created' && entry.appointment !== null)
    expect(created).toMatchObject({
      byYou: true,
      appointment: {
        serviceNameFr: 'Ouverture de piscine',
        serviceNameEn: 'Pool opening',
        start: new Date(now + 24 * hour),
      },
    })
    expect(items.find((entry) => entry.action === 'booking.moved')).toMatchObject({
      byYou: false,
      appointment: { serviceNameEn: 'Pool opening', start: new Date(now + 24 * hour) },
    })
    expect(JSON.stringify(items)).not.toMatch(/staff note/)
  })

  it('never names another client’s appointment, even from an entry about this client', async () => {
    const { items } = await activityOf()
    expect(JSON.stringify(items)).not.toMatch(/Secret/)
    expect(items.filter((entry) => entry.action === 'booking.created')).toHaveLength(2)
  })
})

describe('the business’s opening hours, as a visitor reads them', () => {
  it('gives each weekday the hours of those who perform a service, on the business’s own rows only', async () => {
    const { a } = db.data
    const week = await db.app.withTenant({ actor: 'public', tenantId: a.id, userId: null }, (tx) =>
      publicOpeningHours(tx, a.id),
    )
    expect(week).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, spans: [{ start: '08:00', end: '20:00' }] })),
    )
  })

  it('leaves a day closed when nobody who performs a service works', async () => {
    const { b } = db.data
    const week = await db.app.withTenant({ actor: 'public', tenantId: b.id, userId: null }, (tx) =>
      publicOpeningHours(tx, b.id),
    )
    expect(week.filter((day) => day.spans.length > 0)).toEqual([
      { weekday: 2, spans: [{ start: '05:00', end: '06:00' }] },
    ])
  })
})
