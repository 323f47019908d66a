/**
 * booking.create: double booking is impossible under concurrency, a retried request never makes a
 * second booking, and bad input is refused with a localized message, nothing written. Run on
 * PGlite (transactions one at a time) and, with DATABASE_URL, on Postgres through the pool, where
 * the 50 requests really race and bookings_no_overlap decides.
 */
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import type { DomainErrorDetails } from '@portail/core/errors'
import { bookings, clients, serviceOptions, services, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'

interface BookingFixture extends TwoTenantFixture {
  /** Users of 50 more clients of A, each its own person. */
  racerUserIds: string[]
  /** An option of B's service (not offered with A's). */
  foreignOptionId: string
  /** A second service of A nobody performs. */
  unstaffedServiceId: string
}

let db: TestDatabase<BookingFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const racerUserIds: string[] = []
    for (let i = 0; i < 50; i++) {
      const [user] = await admin.db
        .insert(users)
        .values({ externalId: `test:racer-${i}`, email: `racer-${i}@alpha-pools.test`, name: `Racer ${i}` })
        .returning({ id: users.id })
      if (!user) throw new Error('racer not created')
      await admin.db.insert(clients).values({ tenantId: f.a.id, userId: user.id, fullName: `Racer ${i}`, email: `racer-${i}@alpha-pools.test` })
      racerUserIds.push(user.id)
    }
    const [option] = await admin.db
      .insert(serviceOptions)
      .values({ tenantId: f.b.id, serviceId: f.b.serviceId, nameFr: 'Option B', nameEn: 'Option B', extraMinutes: 15 })
      .returning({ id: serviceOptions.id })
    const [unstaffed] = await admin.db
      .insert(services)
      .values({ tenantId: f.a.id, nameFr: 'Sans personne', nameEn: 'Nobody', durationMinutes: 30 })
      .returning({ id: services.id })
    if (!option || !unstaffed) throw new Error('fixture not created')
    return { ...f, racerUserIds, foreignOptionId: option.id, unstaffedServiceId: unstaffed.id }
  })
})
afterAll(async () => db.close())

const alpha = () => hostOf(db.data.a.slug)
const day = 24 * 60 * 60 * 1000
/** A Toronto date `days` ahead; each test books its own day so they never meet. */
const dateAhead = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(Date.now() + days * day)

const slotsOn = async (date: string) => {
  const visitor = await callerFor(db.app, { host: alpha() })
  return visitor.booking.slots({ serviceId: db.data.a.serviceId, date })
}

const activeBookingsOfA = () =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
    tx.select().from(bookings).where(eq(bookings.tenantId, db.data.a.id)).orderBy(asc(bookings.startsAt)),
  )

interface HttpAnswer {
  status: number
  body: { result?: { data: { json: { id: string } } }; error?: { json: { message: string; data: { appCode: string; details: DomainErrorDetails | null } } } }
}

const createOverHttp = async (userId: string, input: Record<string, unknown>, acceptLanguage = 'fr-CA'): Promise<HttpAnswer> => {
  const headers = requestHeaders({ host: alpha(), userId, acceptLanguage })
  headers.set('content-type', 'application/json')
  const response = await handleTrpcRequest(
    new Request(`http://${alpha()}/api/trpc/booking.create`, { method: 'POST', headers, body: JSON.stringify({ json: input }) }),
    { database: db.app, identity: createHeaderTestIdentity(), rootDomain },
  )
  return { status: response.status, body: (await response.json()) as HttpAnswer['body'] }
}

describe('booking.create under concurrency', () => {
  it('50 clients racing for one slot over HTTP: exactly 1 booking, 49 CONFLICT with the next free slots', async () => {
    const [slot] = await slotsOn(dateAhead(3))
    if (!slot) throw new Error('no slot offered')
    const answers = await Promise.all(
      db.data.racerUserIds.map((userId, i) =>
        createOverHttp(userId, { serviceId: db.data.a.serviceId, start: slot.start, idempotencyKey: `race-${i}-0000` }),
      ),
    )
    const won = answers.filter((answer) => answer.status === 200)
    const lost = answers.filter((answer) => answer.status === 409)
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(49)
    for (const answer of lost) {
      expect(answer.body.error?.json.data.appCode).toBe('CONFLICT')
      expect(answer.body.error?.json.message).toMatch(/vient d’être réservée/)
      const next = answer.body.error?.json.data.details?.nextSlots ?? []
      expect(next.length).toBeGreaterThan(0)
      expect(next.map((free) => free.start)).not.toContain(slot.start)
    }
    const active = (await activeBookingsOfA()).filter((row) => row.startsAt.toISOString() === slot.start)
    expect(active).toHaveLength(1)
    expect(active[0]?.id).toBe(won[0]?.body.result?.data.json.id)
  })

  it('overlapping but different slots: only one of two overlapping starts is booked; a start clear of its buffers is booked too', async () => {
    const slots = await slotsOn(dateAhead(4))
    const first = slots[0]
    // 60 min service, 10 min buffers: +30 min overlaps; +120 min clears whichever of the two won.
    const overlapping = slots.find((slot) => first && Date.parse(slot.start) === Date.parse(first.start) + 30 * 60_000)
    const clear = slots.find((slot) => first && Date.parse(slot.start) === Date.parse(first.start) + 120 * 60_000)
    if (!first || !overlapping || !clear) throw new Error('the fixture hours offer no such slots')
    const [x, y, z] = db.data.racerUserIds
    if (!x || !y || !z) throw new Error('racers missing')
    const answers = await Promise.all([
      createOverHttp(x, { serviceId: db.data.a.serviceId, start: first.start, idempotencyKey: 'overlap-x-0001' }),
      createOverHttp(y, { serviceId: db.data.a.serviceId, start: overlapping.start, idempotencyKey: 'overlap-y-0001' }),
    ])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect((await createOverHttp(z, { serviceId: db.data.a.serviceId, start: clear.start, idempotencyKey: 'overlap-z-0001' })).status).toBe(200)
  })
})

describe('booking.create idempotency', () => {
  it('returns the same booking to a retried request, sequential or concurrent, and keeps one row', async () => {
    const [slot] = await slotsOn(dateAhead(5))
    if (!slot) throw new Error('no slot offered')
    const client = await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId })
    const input = { serviceId: db.data.a.serviceId, start: slot.start, idempotencyKey: 'retry-key-0001' }
    // Ten copies of one request at once (a double-clicked button, a flaky network retrying).
    const copies = await Promise.all(Array.from({ length: 10 }, () => client.booking.create(input)))
    const one = copies[0]
    if (!one) throw new Error('no answer')
    expect(new Set(copies.map((copy) => copy.id))).toEqual(new Set([one.id]))
    expect(await client.booking.create(input)).toEqual(one)
    expect(one).toMatchObject({ status: 'confirmed', start: slot.start, priceCents: 12000, staffId: db.data.a.staffMembershipId })
    expect((await activeBookingsOfA()).filter((row) => row.idempotencyKey === 'retry-key-0001')).toHaveLength(1)
  })

  it('answers a late retry with its booking even once the service is withdrawn, where a new request is refused', async () => {
    const [slot] = await slotsOn(dateAhead(7))
    if (!slot) throw new Error('no slot offered')
    const client = await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId })
    const input = { serviceId: db.data.a.serviceId, start: slot.start, idempotencyKey: 'late-retry-0001' }
    const first = await client.booking.create(input)
    const asOwner = { actor: 'staff' as const, tenantId: db.data.a.id, userId: db.data.a.ownerUserId }
    const setActive = (active: boolean) =>
      db.app.withTenant(asOwner, (tx) => tx.update(services).set({ active }).where(eq(services.id, db.data.a.serviceId)))
    await setActive(false)
    try {
      expect(await client.booking.create(input)).toEqual(first)
      expect((await errorOf(client.booking.create({ ...input, idempotencyKey: 'late-retry-0002' }))).code).toBe('NOT_FOUND')
    } finally {
      await setActive(true)
    }
    // Its own booking now holds the slot: the retry is still answered with it, not a conflict.
    expect(await client.booking.create(input)).toEqual(first)
    expect((await activeBookingsOfA()).filter((row) => row.idempotencyKey.startsWith('late-retry-'))).toHaveLength(1)
  })
})

describe('booking.create refuses bad input, in the caller’s language, writing nothing', () => {
  it.each([
    ['an unknown service', () => ({ serviceId: '0190f5e4-8a3b-7c1d-9e2f-000000000000' }), 'NOT_FOUND', 'This service does not exist or is no longer offered.'],
    ['an option of another business’s service', () => ({ optionIds: [db.data.foreignOptionId] }), 'BAD_REQUEST', 'A chosen option is not offered with this service.'],
    ['a staff member who does not perform the service', () => ({ staffId: db.data.a.ownerMembershipId }), 'BAD_REQUEST', 'This person does not offer this service.'],
    ['a service nobody performs', () => ({ serviceId: db.data.unstaffedServiceId }), 'BAD_REQUEST', 'This time is not offered (past, outside working hours or outside the booking window): choose another one.'],
    ['a time in the past', () => ({ start: new Date(Date.now() - day).toISOString() }), 'BAD_REQUEST', 'This time is not offered (past, outside working hours or outside the booking window): choose another one.'],
    ['a time beyond the booking window', () => ({ start: new Date(Date.now() + 400 * day).toISOString() }), 'BAD_REQUEST', 'This time is not offered (past, outside working hours or outside the booking window): choose another one.'],
    ['a start between two offered slots', (start: string) => ({ start: new Date(Date.parse(start) + 10 * 60_000).toISOString() }), 'BAD_REQUEST', 'This time is not offered (past, outside working hours or outside the booking window): choose another one.'],
    ['a start outside working hours', (start: string) => ({ start: new Date(Date.parse(start) - 8 * 60 * 60_000).toISOString() }), 'BAD_REQUEST', 'This time is not offered (past, outside working hours or outside the booking window): choose another one.'],
  ])('%s', async (_name, change: (start: string) => Record<string, unknown>, code, message) => {
    const [slot] = await slotsOn(dateAhead(6))
    if (!slot) throw new Error('no slot offered')
    const before = await activeBookingsOfA()
    const client = await callerFor(db.app, { host: alpha(), userId: db.data.a.clientUserId, acceptLanguage: 'en-CA' })
    const error = await errorOf(
      client.booking.create({ serviceId: db.data.a.serviceId, start: slot.start, idempotencyKey: `bad-input-${code}-${message.length}`, ...change(slot.start) }),
    )
    expect(error.code).toBe(code)
    expect(error.message).toBe(message)
    expect(await activeBookingsOfA()).toEqual(before)
  })
})
