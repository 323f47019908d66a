/**
 * Client and staff changes to a booking under the policy snapshot the client agreed to: the fee at
 * the exact boundary, reschedule limits, state machine, isolation between clients, expired holds,
 * and exactly one outbox event per change committed with it (none when the change is refused).
 */
import { TZDate } from '@date-fns/tz'
import type { BookingSnapshot } from '@portail/db/schema'
import { bookings, eventOutbox, services, staffServices, tenants } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientActor, StaffActor } from '../src/actors/actor-kinds'
import {
  cancelBookingAsTeam,
  cancelMyBooking,
  closeBooking,
  createBooking,
  expireUnpaidHolds,
  getMyBooking,
  listMyBookings,
  listRescheduleSlots,
  moveBookingAsTeam,
  rescheduleMyBooking,
} from '../src/booking'
import { DomainError } from '../src/errors'

const hour = 60 * 60 * 1000
const minute = 60 * 1000
const policy = { freeCancelHours: 24, lateCancelFeePercent: 25, lateCancelKeepsDeposit: false, maxReschedules: 1 }

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    await admin.db.update(tenants).set({ bookingFreeCancelHours: 24, bookingLateCancelFeePercent: 25, bookingMaxReschedules: 1 })
    return f
  })
})
afterAll(async () => db.close())

const client = (): ClientActor => ({ tenantId: db.data.a.id, userId: db.data.a.clientUserId, clientId: db.data.a.clientId })
const otherClient = (): ClientActor => ({ tenantId: db.data.a.id, userId: db.data.a.otherClientUserId, clientId: db.data.a.otherClientId })
const owner = (): StaffActor => ({ tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' })
const asStaff = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, fn)

/** 10:00 in Toronto, `days` from today (each test takes its own day). */
const torontoAt = (days: number, hours = 10, minutes = 0) => {
  const today = new TZDate(Date.now(), 'America/Toronto')
  return new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + days, hours, minutes, 0, 'America/Toronto').getTime()
}

const snapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy,
}

let keys = 0
/** A booking of A's staff member for a client, 60 min with 10 min buffers, inserted as staff. */
async function booked(start: number, patch: Partial<typeof bookings.$inferInsert> = {}): Promise<string> {
  const end = start + hour
  return asStaff(async (tx) => {
    const [row] = await tx
      .insert(bookings)
      .values({
        tenantId: db.data.a.id,
        clientId: db.data.a.clientId,
        membershipId: db.data.a.staffMembershipId,
        serviceId: db.data.a.serviceId,
        startsAt: new Date(start),
        endsAt: new Date(end),
        bufferBeforeMinutes: 10,
        bufferAfterMinutes: 10,
        blockedFrom: new Date(start - 10 * minute),
        blockedUntil: new Date(end + 10 * minute),
        status: 'confirmed',
        priceCents: 12000,
        snapshot,
        locale: 'fr',
        idempotencyKey: `fixture-${(keys += 1)}-key`,
        ...patch,
      })
      .returning({ id: bookings.id })
    if (!row) throw new Error('booking not inserted')
    return row.id
  })
}

const eventsOf = (bookingId: string) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select({ name: eventOutbox.name, payload: eventOutbox.payload })
      .from(eventOutbox)
      .where(and(eq(eventOutbox.tenantId, db.data.a.id), sql`${eventOutbox.payload}->>'bookingId' = ${bookingId}`)),
  )

const rowOf = (id: string) => asStaff(async (tx) => (await tx.select().from(bookings).where(eq(bookings.id, id)))[0])

const refusal = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`)
  return { code: error.code, key: error.messageKey, details: error.details }
}

const asClient = <T>(actor: ClientActor, fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'client', ...actor }, fn)

describe('client cancellation at the policy boundary', () => {
  it('exactly 24 h before is free; one event with feeCents 0', async () => {
    const start = torontoAt(10)
    const id = await booked(start)
    const quote = await asClient(client(), (tx) => getMyBooking(tx, client(), id, start - 24 * hour))
    expect(quote.cancellation).toMatchObject({ allowed: true, free: true, feeCents: 0 })
    const cancelled = await asClient(client(), (tx) => cancelMyBooking(tx, client(), { id, expectedFeeCents: 0 }, start - 24 * hour))
    expect(cancelled).toMatchObject({ id, status: 'cancelled' })
    expect(await eventsOf(id)).toMatchObject([{ name: 'booking/cancelled', payload: { by: 'client', feeCents: 0 } }])
  })

  it('24 h minus 1 min before: the fee is stated, a stale free dialog gets CONFLICT policyChanged and nothing changes, then the fee is charged in the event', async () => {
    const start = torontoAt(11)
    const id = await booked(start)
    const now = start - 24 * hour + minute
    const detail = await asClient(client(), (tx) => getMyBooking(tx, client(), id, now))
    expect(detail.cancellation).toMatchObject({ allowed: true, free: false, feeCents: 3000 })
    const stale = await refusal(asClient(client(), (tx) => cancelMyBooking(tx, client(), { id, expectedFeeCents: 0 }, now)))
    expect(stale).toMatchObject({ code: 'CONFLICT', key: 'booking.policyChanged', details: { cancellation: { feeCents: 3000 } } })
    expect((await rowOf(id))?.status).toBe('confirmed')
    expect(await eventsOf(id)).toEqual([])
    await asClient(client(), (tx) => cancelMyBooking(tx, client(), { id, expectedFeeCents: 3000 }, now))
    expect(await eventsOf(id)).toMatchObject([{ name: 'booking/cancelled', payload: { by: 'client', feeCents: 3000 } }])
  })

  it('uses the snapshot policy, not today’s settings', async () => {
    const start = torontoAt(12)
    const id = await booked(start, { snapshot: { ...snapshot, policy: { ...policy, freeCancelHours: 2 } } })
    const detail = await asClient(client(), (tx) => getMyBooking(tx, client(), id, start - 3 * hour))
    expect(detail.cancellation).toMatchObject({ free: true, feeCents: 0 })
    expect(detail.policy.freeCancelHours).toBe(2)
  })

  it('refuses once started, and a cancelled booking cannot be cancelled again (no event)', async () => {
    const start = torontoAt(13)
    const id = await booked(start)
    expect(await refusal(asClient(client(), (tx) => cancelMyBooking(tx, client(), { id, expectedFeeCents: 0 }, start + minute)))).toMatchObject({
      code: 'BAD_REQUEST',
      key: 'booking.alreadyStarted',
    })
    await asClient(client(), (tx) => cancelMyBooking(tx, client(), { id, expectedFeeCents: 0 }, start - 48 * hour))
    expect(await refusal(asClient(client(), (tx) => cancelMyBooking(tx, client(), { id, expectedFeeCents: 0 }, start - 48 * hour)))).toMatchObject({
      key: 'booking.notActive',
    })
    expect(await eventsOf(id)).toHaveLength(1)
  })
})

describe('isolation between clients', () => {
  it('another client of the same business gets NOT_FOUND for get, cancel, reschedule and its slots, and does not list it', async () => {
    const start = torontoAt(14)
    const id = await booked(start)
    const other = otherClient()
    const now = start - 72 * hour
    for (const run of [
      () => asClient(other, (tx) => getMyBooking(tx, other, id, now)),
      () => asClient(other, (tx) => cancelMyBooking(tx, other, { id, expectedFeeCents: 0 }, now)),
      () => rescheduleMyBooking(db.app, other, { id, start: new Date(start + hour).toISOString() }, now),
      () => listRescheduleSlots(db.app, other, { id, date: '2030-01-01' }, now),
    ]) {
      expect(await refusal(run())).toMatchObject({ code: 'NOT_FOUND', key: 'booking.notFound' })
    }
    const page = await asClient(other, (tx) => listMyBookings(tx, other, { scope: 'upcoming', limit: 50 }, now))
    expect(page.items.map((item) => item.id)).not.toContain(id)
    expect((await rowOf(id))?.status).toBe('confirmed')
  })
})

describe('client reschedule', () => {
  it('moves 30 min later over its own old time, counts it, one event; the limit then refuses a second move', async () => {
    const start = torontoAt(15)
    const id = await booked(start)
    const now = start - 72 * hour
    const later = new Date(start + 30 * minute).toISOString()
    const slots = await listRescheduleSlots(db.app, client(), { id, date: new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(start) }, now)
    expect(slots.map((slot) => slot.start)).toContain(later)
    const moved = await rescheduleMyBooking(db.app, client(), { id, start: later }, now)
    expect(moved).toMatchObject({ start: later, rescheduleCount: 1, status: 'confirmed' })
    expect(await eventsOf(id)).toMatchObject([
      { name: 'booking/rescheduled', payload: { by: 'client', start: later, previousStart: new Date(start).toISOString() } },
    ])
    expect(await refusal(rescheduleMyBooking(db.app, client(), { id, start: new Date(start + 2 * hour).toISOString() }, now))).toMatchObject({
      code: 'BAD_REQUEST',
      key: 'booking.rescheduleLimitReached',
    })
    expect(await eventsOf(id)).toHaveLength(1)
  })

  it('refuses inside the last 24 h, and a taken slot answers CONFLICT with next slots and leaves no event', async () => {
    const start = torontoAt(16)
    const id = await booked(start)
    const blocker = await booked(start + 3 * hour)
    expect(await refusal(rescheduleMyBooking(db.app, client(), { id, start: new Date(start + 6 * hour).toISOString() }, start - 23 * hour))).toMatchObject({
      key: 'booking.rescheduleTooLate',
    })
    const taken = await refusal(rescheduleMyBooking(db.app, client(), { id, start: new Date(start + 3 * hour).toISOString() }, start - 72 * hour))
    expect(taken).toMatchObject({ code: 'CONFLICT', key: 'booking.slotTaken' })
    expect(taken.details?.nextSlots?.length).toBeGreaterThan(0)
    expect((await rowOf(id))?.startsAt.getTime()).toBe(start)
    expect(await eventsOf(id)).toEqual([])
    expect(await eventsOf(blocker)).toEqual([])
  })
})

describe('a withdrawn service', () => {
  it('does not stop its bookings from moving; another staff member must perform the service', async () => {
    const serviceId = await asStaff(async (tx) => {
      const [service] = await tx
        .insert(services)
        .values({ tenantId: db.data.a.id, nameFr: 'Retiré', nameEn: 'Withdrawn', durationMinutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 10 })
        .returning({ id: services.id })
      if (!service) throw new Error('service not created')
      await tx.insert(staffServices).values({ tenantId: db.data.a.id, membershipId: db.data.a.staffMembershipId, serviceId: service.id })
      return service.id
    })
    const start = torontoAt(23)
    const id = await booked(start, { serviceId })
    await asStaff((tx) => tx.update(services).set({ active: false }).where(eq(services.id, serviceId)))
    const now = start - 72 * hour
    const later = new Date(start + 2 * hour).toISOString()
    expect(await rescheduleMyBooking(db.app, client(), { id, start: later }, now)).toMatchObject({ start: later })
    const toOwner = () =>
      asStaff((tx) =>
        moveBookingAsTeam(tx, owner(), { id, start: later, staffId: db.data.a.ownerMembershipId, reason: 'swap', ignoreRules: true }, now),
      )
    expect(await refusal(toOwner())).toMatchObject({ code: 'BAD_REQUEST', key: 'booking.staffNotAvailable' })
  })
})

describe('staff changes', () => {
  it('cancel late with a reason charges the fee in the event; waived is free; a cancelled booking cannot be moved', async () => {
    const start = torontoAt(17)
    const late = await booked(start)
    const waived = await booked(start + 3 * hour)
    const now = start - hour
    const cancelled = await asStaff((tx) => cancelBookingAsTeam(tx, owner(), { id: late, reason: 'Client ill', waiveFee: false }, now))
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Client ill' })
    expect(await eventsOf(late)).toMatchObject([{ name: 'booking/cancelled', payload: { by: 'staff', feeCents: 3000 } }])
    await asStaff((tx) => cancelBookingAsTeam(tx, owner(), { id: waived, reason: 'Storm', waiveFee: true }, now))
    expect(await eventsOf(waived)).toMatchObject([{ name: 'booking/cancelled', payload: { feeCents: 0 } }])
    expect(
      await refusal(asStaff((tx) => moveBookingAsTeam(tx, owner(), { id: late, start: new Date(start + 6 * hour).toISOString(), reason: 'x', ignoreRules: false }, now))),
    ).toMatchObject({ code: 'BAD_REQUEST', key: 'booking.notActive' })
  })

  it('moves within the rules, outside them with ignoreRules, never over another booking', async () => {
    const start = torontoAt(18)
    const id = await booked(start)
    await booked(start + 4 * hour)
    const now = start - 72 * hour
    const move = (to: number, ignoreRules: boolean) =>
      asStaff((tx) => moveBookingAsTeam(tx, owner(), { id, start: new Date(to).toISOString(), reason: 'Client asked', ignoreRules }, now))
    // 21:00 is after hours.
    expect(await refusal(move(torontoAt(18, 21), false))).toMatchObject({ key: 'booking.slotUnavailable' })
    expect(await move(torontoAt(18, 21), true)).toMatchObject({ start: new Date(torontoAt(18, 21)).toISOString() })
    expect(await refusal(move(start + 4 * hour + 30 * minute, true))).toMatchObject({ code: 'CONFLICT', key: 'booking.slotTaken' })
    expect(await refusal(move(start + 4 * hour, false))).toMatchObject({ code: 'CONFLICT', key: 'booking.slotTaken' })
    expect((await eventsOf(id)).map((event) => event.payload.by)).toEqual(['staff'])
    expect((await rowOf(id))?.rescheduleCount).toBe(0)
  })

  it('complete and no-show only after the start, only once', async () => {
    const start = torontoAt(19)
    const id = await booked(start)
    expect(await refusal(asStaff((tx) => closeBooking(tx, owner(), { id, outcome: 'completed' }, start - minute)))).toMatchObject({
      key: 'booking.notStartedYet',
    })
    expect(await asStaff((tx) => closeBooking(tx, owner(), { id, outcome: 'no_show', reason: 'Not home' }, start + minute))).toMatchObject({
      status: 'no_show',
    })
    expect(await refusal(asStaff((tx) => closeBooking(tx, owner(), { id, outcome: 'completed' }, start + hour)))).toMatchObject({
      key: 'booking.notActive',
    })
    // One event for the one change that went through; the reason stays in the audit log.
    expect(await eventsOf(id)).toEqual([
      { name: 'booking/no-show', payload: { bookingId: id, clientId: db.data.a.clientId, staffId: db.data.a.staffMembershipId, start: new Date(start).toISOString() } },
    ])
    const done = await booked(start + 2 * hour)
    await asStaff((tx) => closeBooking(tx, owner(), { id: done, outcome: 'completed' }, start + 4 * hour))
    expect((await eventsOf(done)).map((event) => event.name)).toEqual(['booking/completed'])
  })
})

describe('outbox and unpaid holds', () => {
  it('a confirmed create writes booking/confirmed once', async () => {
    const start = torontoAt(20)
    const view = await createBooking(db.app, client(), { serviceId: db.data.a.serviceId, optionIds: [], start: new Date(start).toISOString(), idempotencyKey: 'confirm-event-1' })
    expect(await eventsOf(view.id)).toMatchObject([{ name: 'booking/confirmed', payload: { start: new Date(start).toISOString() } }])
  })

  it('an expired hold not yet swept does not refuse a create: it is released (by system) and the slot booked', async () => {
    const start = torontoAt(21)
    const hold = await booked(start, { status: 'pending_payment', holdExpiresAt: new Date(Date.now() - minute), clientId: db.data.a.otherClientId })
    const view = await createBooking(db.app, client(), { serviceId: db.data.a.serviceId, optionIds: [], start: new Date(start).toISOString(), idempotencyKey: 'after-hold-1' })
    expect(view.start).toBe(new Date(start).toISOString())
    expect((await rowOf(hold))?.status).toBe('cancelled')
    expect(await eventsOf(hold)).toMatchObject([{ name: 'booking/cancelled', payload: { by: 'system', feeCents: 0 } }])
  })

  it('an expired hold does not refuse a client reschedule or a staff move into its slot either', async () => {
    const start = torontoAt(24)
    const mine = await booked(start)
    const theirs = await booked(start + 4 * hour)
    const expired = () => ({ status: 'pending_payment' as const, holdExpiresAt: new Date(Date.now() - minute), clientId: db.data.a.otherClientId })
    const firstHold = await booked(start + 2 * hour, expired())
    const secondHold = await booked(start + 6 * hour, expired())
    const now = Date.now()
    const moved = await rescheduleMyBooking(db.app, client(), { id: mine, start: new Date(start + 2 * hour).toISOString() }, now)
    expect(moved.start).toBe(new Date(start + 2 * hour).toISOString())
    await asStaff((tx) =>
      moveBookingAsTeam(tx, owner(), { id: theirs, start: new Date(start + 6 * hour).toISOString(), reason: 'later', ignoreRules: false }, now),
    )
    for (const hold of [firstHold, secondHold]) {
      expect((await rowOf(hold))?.status).toBe('cancelled')
      expect(await eventsOf(hold)).toMatchObject([{ name: 'booking/cancelled', payload: { by: 'system', feeCents: 0 } }])
    }
  })

  it('the background sweep releases expired holds of every tenant, and only expired ones', async () => {
    const start = torontoAt(22)
    const expired = await booked(start, { status: 'pending_payment', holdExpiresAt: new Date(Date.now() - minute) })
    const live = await booked(start + 3 * hour, { status: 'pending_payment', holdExpiresAt: new Date(Date.now() + 10 * minute) })
    const released = await expireUnpaidHolds(db.app)
    expect(released).toBeGreaterThanOrEqual(1)
    expect((await rowOf(expired))?.status).toBe('cancelled')
    expect((await rowOf(live))?.status).toBe('pending_payment')
    expect(await eventsOf(expired)).toHaveLength(1)
    expect(await expireUnpaidHolds(db.app)).toBe(0)
  })
})
