/**
 * Booking changes through the API: the cancellation fee at the policy boundary stated and charged,
 * another client's booking NOT_FOUND, and through HTTP on Postgres 25 creates racing 25 reschedules
 * into one slot: exactly one booking holds it, every loser gets CONFLICT, no booking lost or
 * duplicated. On PGlite the same requests run one transaction at a time.
 */
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { type BookingSnapshot, bookings, clients, eventOutbox, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
const racers = 25

interface Fixture extends TwoTenantFixture {
  /** Clients who each hold one booking and race to move it into the slot. */
  movers: { userId: string; clientId: string; bookingId: string }[]
  /** Clients who race to book the slot. */
  creators: string[]
}

const snapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 25, lateCancelKeepsDeposit: false, maxReschedules: 2 },
}

/** 15:00 UTC (11:00 or 10:00 in Toronto, inside the fixture's hours) `days` from today. */
const middayAhead = (days: number) => Math.floor(Date.now() / day + days) * day + 15 * hour

const bookingRow = (tenantId: string, clientId: string, membershipId: string, serviceId: string, start: number, key: string) => ({
  tenantId,
  clientId,
  membershipId,
  serviceId,
  startsAt: new Date(start),
  endsAt: new Date(start + hour),
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
  blockedFrom: new Date(start - 10 * minute),
  blockedUntil: new Date(start + hour + 10 * minute),
  status: 'confirmed' as const,
  priceCents: 12000,
  snapshot,
  locale: 'fr' as const,
  idempotencyKey: key,
})

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const person = async (label: string) => {
      const [user] = await admin.db
        .insert(users)
        .values({ externalId: `test:${label}`, email: `${label}@alpha-pools.test`, name: label })
        .returning({ id: users.id })
      if (!user) throw new Error('user not created')
      const [client] = await admin.db
        .insert(clients)
        .values({ tenantId: f.a.id, userId: user.id, fullName: label, email: `${label}@alpha-pools.test` })
        .returning({ id: clients.id })
      if (!client) throw new Error('client not created')
      return { userId: user.id, clientId: client.id }
    }
    const movers: Fixture['movers'] = []
    const creators: string[] = []
    for (let i = 0; i < racers; i++) {
      const mover = await person(`mover-${i}`)
      // Each mover's booking on a day of its own, 10 to 34 days ahead.
      const [row] = await admin.db
        .insert(bookings)
        .values(bookingRow(f.a.id, mover.clientId, f.a.staffMembershipId, f.a.serviceId, middayAhead(10 + i), `mover-${i}-key`))
        .returning({ id: bookings.id })
      if (!row) throw new Error('booking not created')
      movers.push({ ...mover, bookingId: row.id })
      creators.push((await person(`creator-${i}`)).userId)
    }
    return { ...f, movers, creators }
  })
})
afterAll(async () => db.close())

const alpha = () => hostOf(db.data.a.slug)

const insertBookingOfA = (clientId: string, start: number, key: string) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, async (tx) => {
    const [row] = await tx
      .insert(bookings)
      .values(bookingRow(db.data.a.id, clientId, db.data.a.staffMembershipId, db.data.a.serviceId, start, key))
      .returning({ id: bookings.id })
    if (!row) throw new Error('booking not created')
    return row.id
  })

const bookingsOfA = () =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
    tx.select().from(bookings).where(eq(bookings.tenantId, db.data.a.id)),
  )

const cancelEventsOf = (bookingId: string) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select({ payload: eventOutbox.payload })
      .from(eventOutbox)
      .where(and(eq(eventOutbox.name, 'booking/cancelled'), sql`${eventOutbox.payload}->>'bookingId' = ${bookingId}`)),
  )

describe('booking.get / booking.cancel at the policy boundary', () => {
  it('23 h 59 min before: the fee is stated, a stale free confirmation is refused in the reader’s language, then charged', async () => {
    const start = Date.now() + 24 * hour - minute
    const id = await insertBookingOfA(db.data.a.clientId, start, 'boundary-key-1')
    const client = await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId, acceptLanguage: 'en-CA' })
    const detail = await client.booking.get({ id })
    expect(detail.cancellation).toMatchObject({ allowed: true, free: false, feeCents: 3000, refusal: null })
    expect(detail.reschedule).toMatchObject({ allowed: false, refusal: 'tooLate' })
    const stale = await errorOf(client.booking.cancel({ id, expectedFeeCents: 0 }))
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toBe('The cancellation terms changed while the window was open: check the new fee before confirming.')
    expect(await cancelEventsOf(id)).toEqual([])
    expect(await client.booking.cancel({ id, expectedFeeCents: 3000 })).toMatchObject({ id, status: 'cancelled' })
    expect(await cancelEventsOf(id)).toMatchObject([{ payload: { by: 'client', feeCents: 3000 } }])
  })

  it('a reschedule too late is refused with a localized BAD_REQUEST', async () => {
    const start = Date.now() + 20 * hour
    const id = await insertBookingOfA(db.data.a.clientId, start, 'boundary-key-2')
    const client = await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId, acceptLanguage: 'fr-CA' })
    const error = await errorOf(client.booking.reschedule({ id, start: new Date(start + 3 * hour).toISOString() }))
    expect(error.code).toBe('BAD_REQUEST')
    expect(error.message).toMatch(/sans frais est terminée/)
  })

  it('another client of the business, or a client of another business, gets NOT_FOUND', async () => {
    const id = await insertBookingOfA(db.data.a.clientId, middayAhead(40), 'foreign-key-1')
    const other = await callerFor(db.app, { host: alpha(), userId: db.data.a.otherClientUserId })
    expect((await errorOf(other.booking.get({ id }))).code).toBe('NOT_FOUND')
    expect((await errorOf(other.booking.cancel({ id, expectedFeeCents: 0 }))).code).toBe('NOT_FOUND')
    const foreign = await callerFor(db.app, { host: hostOf(db.data.b.slug), userId: db.data.b.clientUserId })
    expect((await errorOf(foreign.booking.get({ id }))).code).toBe('NOT_FOUND')
    const mine = await (await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId })).booking.mine({ scope: 'upcoming' })
    expect(mine.items.map((item) => item.id)).toContain(id)
  })
})

interface HttpAnswer {
  status: number
  body: { result?: { data: { json: { id: string; start: string } } }; error?: { json: { data: { appCode: string } } } }
}

const overHttp = async (procedure: string, userId: string, input: Record<string, unknown>): Promise<HttpAnswer> => {
  const headers = requestHeaders({ host: alpha(), userId, acceptLanguage: 'fr-CA' })
  headers.set('content-type', 'application/json')
  const response = await handleTrpcRequest(
    new Request(`http://${alpha()}/api/trpc/${procedure}`, { method: 'POST', headers, body: JSON.stringify({ json: input }) }),
    { database: db.app, identity: createHeaderTestIdentity(), rootDomain },
  )
  return { status: response.status, body: (await response.json()) as HttpAnswer['body'] }
}

describe('25 creates racing 25 reschedules into one slot, over HTTP', () => {
  it('exactly one booking holds the slot, every loser gets CONFLICT, no booking lost or duplicated', async () => {
    const visitor = await callerFor(db.app, { host: alpha() })
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(middayAhead(5))
    const [slot] = await visitor.booking.slots({ serviceId: db.data.a.serviceId, date })
    if (!slot) throw new Error('no slot offered')
    const before = await bookingsOfA()
    const moverIds = db.data.movers.map((mover) => mover.bookingId)

    const answers = await Promise.all(
      db.data.movers.flatMap((mover, i) => [
        overHttp('booking.reschedule', mover.userId, { id: mover.bookingId, start: slot.start }).then((answer) => ({ kind: 'move', answer })),
        overHttp('booking.create', db.data.creators[i] ?? '', { serviceId: db.data.a.serviceId, start: slot.start, idempotencyKey: `race-create-${i}` }).then(
          (answer) => ({ kind: 'create', answer }),
        ),
      ]),
    )
    const won = answers.filter(({ answer }) => answer.status === 200)
    const lost = answers.filter(({ answer }) => answer.status !== 200)
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(2 * racers - 1)
    for (const { answer } of lost) {
      expect(answer.status).toBe(409)
      expect(answer.body.error?.json.data.appCode).toBe('CONFLICT')
    }

    const after = await bookingsOfA()
    const active = after.filter((row) => row.status === 'confirmed' || row.status === 'pending_payment')
    const inSlot = active.filter((row) => row.startsAt.toISOString() === slot.start)
    expect(inSlot).toHaveLength(1)
    expect(inSlot[0]?.id).toBe(won[0]?.answer.body.result?.data.json.id)
    // No mover's booking lost or duplicated: each still exists once, active, moved only if it won.
    const movers = after.filter((row) => moverIds.includes(row.id))
    expect(movers).toHaveLength(racers)
    expect(movers.every((row) => row.status === 'confirmed')).toBe(true)
    const moved = movers.filter((row) => row.rescheduleCount === 1)
    expect(moved.length).toBe(won[0]?.kind === 'move' ? 1 : 0)
    // Only the winning create (if any) added a row.
    expect(after.length - before.length).toBe(won[0]?.kind === 'create' ? 1 : 0)
    const stillAt = before.filter((row) => moverIds.includes(row.id) && !moved.some((m) => m.id === row.id))
    for (const row of stillAt) expect(after.find((a) => a.id === row.id)?.startsAt.getTime()).toBe(row.startsAt.getTime())
  })
})
