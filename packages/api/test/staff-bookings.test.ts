/**
 * Staff bookings: the calendar reads, bookings staff make for a client (rules, ignoreRules with a
 * reason, conflicts, retries, the outbox), recurring series (skipped occurrences with their reason,
 * local time kept across DST, a retried request never doubles the series). PGlite and, with
 * DATABASE_URL, Postgres.
 */
import { isDomainError } from '@portail/core/errors'
import { bookings, eventOutbox, scheduleOverrides } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'
import { errorOf } from './support/error-of'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    // A closure of the whole business on a Monday of the summer series below.
    await admin.db
      .insert(scheduleOverrides)
      .values({ tenantId: f.a.id, membershipId: null, onDate: '2027-07-05', kind: 'closed', reason: 'holiday' })
    return f
  })
})
afterAll(async () => db.close())

/** The domain error key and details behind a refused call (null for a schema refusal). */
const domainOf = (error: { cause?: unknown }) => (isDomainError(error.cause) ? error.cause : null)
const owner = () =>
  callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId, acceptLanguage: 'fr-CA' })
const zone = 'America/Toronto'
const localTime = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    Date.parse(iso),
  )
const bookingFor = (start: string, key: string, extra: Record<string, unknown> = {}) => ({
  clientId: db.data.a.clientId,
  serviceId: db.data.a.serviceId,
  staffId: db.data.a.staffMembershipId,
  start,
  idempotencyKey: key,
  ...extra,
})
const eventsOf = (bookingId: string) =>
  db.app
    .withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .select()
        .from(eventOutbox)
        .where(and(eq(eventOutbox.tenantId, db.data.a.id), eq(eventOutbox.name, 'booking/confirmed'))),
    )
    .then((rows) => rows.filter((row) => JSON.stringify(row.payload).includes(bookingId)))

describe('staff.bookings.create', () => {
  it('books an offered slot for a client, confirmed, announced once, and a retry answers the same booking', async () => {
    const caller = await owner()
    // 2027-03-10 10:00 in Toronto (EST): inside the fixture's 08:00-20:00, beyond the 60-day window,
    // so it must be placed with ignoreRules; the offered-slot path is checked next.
    const made = await caller.staff.bookings.create(
      bookingFor('2027-03-10T15:00:00Z', 'staff-create-0001', {
        ignoreRules: true,
        reason: 'Client asked on the phone',
      }),
    )
    expect(made).toMatchObject({
      status: 'confirmed',
      clientName: 'Client Alpha',
      staffName: 'staff Alpha',
      seriesId: null,
    })
    const again = await caller.staff.bookings.create(
      bookingFor('2027-03-10T15:00:00Z', 'staff-create-0001', {
        ignoreRules: true,
        reason: 'Client asked on the phone',
      }),
    )
    expect(again.id).toBe(made.id)
    expect(await eventsOf(made.id)).toHaveLength(1)
    const detail = await caller.staff.bookings.get({ id: made.id })
    expect(detail.history).toEqual([
      expect.objectContaining({
        action: 'booking.created',
        reason: 'Client asked on the phone',
        actorName: 'owner Alpha',
      }),
    ])
  })

  it('refuses a time outside the rules without ignoreRules, and ignoreRules without a reason, writing nothing', async () => {
    const caller = await owner()
    const soon = new Date(Date.now() + 3 * 24 * 3_600_000)
    const night = `${new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(soon)}T23:00:00-05:00`
    const outside = await errorOf(
      caller.staff.bookings.create(bookingFor(new Date(night).toISOString(), 'staff-create-0002')),
    )
    expect(outside.code).toBe('BAD_REQUEST')
    expect(domainOf(outside)?.messageKey).toBe('booking.slotUnavailable')
    const noReason = await errorOf(
      caller.staff.bookings.create(
        bookingFor(new Date(night).toISOString(), 'staff-create-0003', { ignoreRules: true }),
      ),
    )
    expect(noReason.code).toBe('BAD_REQUEST')
    // A caller sees the schema issue itself; over HTTP it is localized (booking.reasonRequired).
    expect(noReason.message).toContain('booking.reasonRequired')
    const count = await db.app.withTenant(
      { actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId },
      (tx) => tx.select({ id: bookings.id }).from(bookings).where(eq(bookings.idempotencyKey, 'staff-create-0002')),
    )
    expect(count).toEqual([])
  })

  it('never places a booking over another, even with ignoreRules: CONFLICT with the next free slots', async () => {
    const caller = await owner()
    const slots = await caller.booking.slots({
      serviceId: db.data.a.serviceId,
      date: new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(Date.now() + 5 * 24 * 3_600_000),
    })
    const [slot] = slots
    if (!slot) throw new Error('no slot offered')
    await caller.staff.bookings.create(bookingFor(slot.start, 'staff-create-0004'))
    const overlap = new Date(Date.parse(slot.start) + 30 * 60_000).toISOString()
    const taken = await errorOf(
      caller.staff.bookings.create({
        ...bookingFor(overlap, 'staff-create-0005', { ignoreRules: true, reason: 'squeeze in' }),
        clientId: db.data.a.otherClientId,
      }),
    )
    expect(taken.code).toBe('CONFLICT')
    expect(domainOf(taken)?.messageKey).toBe('booking.slotTaken')
    expect(domainOf(taken)?.details?.nextSlots?.length).toBeGreaterThan(0)
    const sameSlot = await errorOf(
      caller.staff.bookings.create({
        ...bookingFor(slot.start, 'staff-create-0006'),
        clientId: db.data.a.otherClientId,
      }),
    )
    expect(sameSlot.code).toBe('CONFLICT')
  })

  it('refuses a client of another business and a member who does not perform the service', async () => {
    const caller = await owner()
    const foreign = await errorOf(
      caller.staff.bookings.create({
        ...bookingFor('2027-03-11T15:00:00Z', 'staff-create-0007', { ignoreRules: true, reason: 'x' }),
        clientId: db.data.b.clientId,
      }),
    )
    expect(foreign.code).toBe('NOT_FOUND')
    const notPerformer = await errorOf(
      caller.staff.bookings.create({
        ...bookingFor('2027-03-11T15:00:00Z', 'staff-create-0008', { ignoreRules: true, reason: 'x' }),
        staffId: db.data.a.ownerMembershipId,
      }),
    )
    expect(notPerformer.code).toBe('BAD_REQUEST')
    expect(domainOf(notPerformer)?.messageKey).toBe('booking.staffNotAvailable')
  })
})

describe('staff.bookings.list and members', () => {
  it('lists a range with client and service names, cancelled ones only when asked; refuses more than 42 days', async () => {
    const caller = await owner()
    const made = await caller.staff.bookings.create(
      bookingFor('2027-04-14T14:00:00Z', 'staff-list-0001', { ignoreRules: true, reason: 'list' }),
    )
    const cancelled = await caller.staff.bookings.create(
      bookingFor('2027-04-15T14:00:00Z', 'staff-list-0002', { ignoreRules: true, reason: 'list' }),
    )
    await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
      tx
        .update(bookings)
        .set({ status: 'cancelled', cancelledAt: new Date(), cancellationReason: 'rain' })
        .where(eq(bookings.id, cancelled.id)),
    )
    const range = { from: '2027-04-12T00:00:00Z', to: '2027-04-19T00:00:00Z' }
    const active = await caller.staff.bookings.list(range)
    expect(active.map((row) => row.id)).toEqual([made.id])
    expect(active[0]).toMatchObject({
      clientName: 'Client Alpha',
      staffId: db.data.a.staffMembershipId,
      staffName: 'staff Alpha',
    })
    const all = await caller.staff.bookings.list({
      ...range,
      includeCancelled: true,
      staffId: db.data.a.staffMembershipId,
    })
    expect(all.map((row) => [row.id, row.cancellationReason])).toEqual([
      [made.id, null],
      [cancelled.id, 'rain'],
    ])
    const tooLong = await errorOf(
      caller.staff.bookings.list({ from: '2027-04-01T00:00:00Z', to: '2027-05-14T00:00:00Z' }),
    )
    expect(tooLong.code).toBe('BAD_REQUEST')
  })

  it('names the team with the services each performs', async () => {
    const members = await (await owner()).staff.bookings.members()
    expect(members).toEqual(
      expect.arrayContaining([
        { id: db.data.a.staffMembershipId, displayName: 'staff Alpha', serviceIds: [db.data.a.serviceId] },
        { id: db.data.a.ownerMembershipId, displayName: 'owner Alpha', serviceIds: [] },
      ]),
    )
  })
})

describe('staff.bookings.createSeries', () => {
  it('weekly from May to September: one conflict and one closure skipped with their reasons, the rest made; a retry makes nothing more', async () => {
    const caller = await owner()
    // Something already on Monday 2027-06-07 at 09:00.
    await caller.staff.bookings.create({
      ...bookingFor('2027-06-07T13:00:00Z', 'series-blocker-01', { ignoreRules: true, reason: 'blocker' }),
      clientId: db.data.a.otherClientId,
    })
    const input = {
      clientId: db.data.a.clientId,
      serviceId: db.data.a.serviceId,
      staffId: db.data.a.staffMembershipId,
      firstStart: '2027-05-03T13:00:00Z',
      frequency: 'weekly' as const,
      until: '2027-09-27',
      idempotencyKey: 'series-summer-0001',
    }
    const report = await caller.staff.bookings.createSeries(input)
    // Mondays from 2027-05-03 to 2027-09-27: 22.
    expect(report.created).toHaveLength(20)
    expect(report.skipped).toEqual([
      { start: '2027-06-07T13:00:00.000Z', reason: 'conflict' },
      { start: '2027-07-05T13:00:00.000Z', reason: 'closed' },
    ])
    expect(new Set(report.created.map((booking) => localTime(booking.start)))).toEqual(new Set(['09:00']))
    expect(
      report.created.every((booking) => booking.seriesId === report.seriesId && booking.status === 'confirmed'),
    ).toBe(true)

    const retried = await caller.staff.bookings.createSeries(input)
    expect(retried.seriesId).toBe(report.seriesId)
    expect(retried.created.map((booking) => booking.id)).toEqual(report.created.map((booking) => booking.id))
    expect(retried.skipped).toEqual(report.skipped)
    const inSeries = await caller.staff.bookings.list({ from: '2027-05-01T00:00:00Z', to: '2027-06-12T00:00:00Z' })
    expect(inSeries.filter((booking) => booking.seriesId === report.seriesId)).toHaveLength(5)
  })

  it('two copies of one request racing make one series (on Postgres they truly race)', async () => {
    const caller = await owner()
    const input = {
      clientId: db.data.a.otherClientId,
      serviceId: db.data.a.serviceId,
      staffId: db.data.a.staffMembershipId,
      firstStart: '2028-02-07T15:00:00Z',
      frequency: 'biweekly' as const,
      until: '2028-03-31',
      idempotencyKey: 'series-race-00001',
    }
    const [first, second] = await Promise.all([
      caller.staff.bookings.createSeries(input),
      caller.staff.bookings.createSeries(input),
    ])
    expect(second.seriesId).toBe(first.seriesId)
    expect(first.created).toHaveLength(4)
    const all = await caller.staff.bookings.list({
      from: '2028-02-01T00:00:00Z',
      to: '2028-03-14T00:00:00Z',
      includeCancelled: true,
    })
    expect(all.filter((booking) => booking.clientId === db.data.a.otherClientId)).toHaveLength(3)
  })

  it('keeps 09:00 local across the November DST change', async () => {
    const report = await (
      await owner()
    ).staff.bookings.createSeries({
      clientId: db.data.a.clientId,
      serviceId: db.data.a.serviceId,
      staffId: db.data.a.staffMembershipId,
      firstStart: '2027-10-25T13:00:00Z',
      frequency: 'weekly',
      until: '2027-11-15',
      idempotencyKey: 'series-dst-00001',
    })
    expect(report.skipped).toEqual([])
    expect(report.created.map((booking) => [booking.start, localTime(booking.start)])).toEqual([
      ['2027-10-25T13:00:00.000Z', '09:00'],
      ['2027-11-01T13:00:00.000Z', '09:00'],
      ['2027-11-08T14:00:00.000Z', '09:00'],
      ['2027-11-15T14:00:00.000Z', '09:00'],
    ])
  })

  it('refuses a series where nothing can be placed, writing nothing', async () => {
    const caller = await owner()
    const empty = await errorOf(
      caller.staff.bookings.createSeries({
        clientId: db.data.a.clientId,
        serviceId: db.data.a.serviceId,
        staffId: db.data.a.staffMembershipId,
        firstStart: '2027-07-05T13:00:00Z',
        frequency: 'monthly',
        until: '2027-07-31',
        idempotencyKey: 'series-empty-0001',
      }),
    )
    expect(empty.code).toBe('BAD_REQUEST')
    expect(empty.message).toBe('Aucun rendez-vous de cette série n’a pu être placé : rien n’a été créé.')
  })
})
