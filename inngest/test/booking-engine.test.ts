/**
 * The booking workflows driven by the embedded engine, as the web process runs them: events in,
 * runs and sleeps in the database, the real notify() writing the delivery log. The engine's clock
 * and the workflows' clock are one faked Date, moved by hand: no test waits for real time.
 */
import type { BookingSnapshot } from '@portail/db/schema'
import { bookings, messageDeliveries } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { updateBookingSettings } from '@portail/core/booking-catalog'
import { routeEventsLocally } from '../src/client'
import { wireBookingWorkflows } from '../src/functions/booking/booking-deps'
import { bookingRemindersReplan } from '../src/functions/booking/booking-reminders-replan'
import { relayOutbox } from '../src/outbox/relay-outbox'
import { bookingCancelled } from '../src/functions/booking/booking-cancelled'
import { bookingReminders } from '../src/functions/booking/booking-reminders'
import { runsOf, startEngine } from './support/engine-fixture'

const hour = 3_600_000

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
  wireBookingWorkflows({ database: db.app, portalOrigin: (slug) => `https://${slug}.portail.test` })
})
afterAll(async () => db.close())
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

const snapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
}

const asStaff = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, fn)

/** 14:00 UTC on a December day: 09:00 in Toronto, so no reminder falls in quiet hours. */
const startOn = (day: string) => new Date(`${day}T14:00:00.000Z`)

async function booked(start: Date, key: string): Promise<string> {
  const [row] = await asStaff((tx) =>
    tx
      .insert(bookings)
      .values({
        tenantId: db.data.a.id,
        clientId: db.data.a.clientId,
        membershipId: db.data.a.staffMembershipId,
        serviceId: db.data.a.serviceId,
        startsAt: start,
        endsAt: new Date(start.getTime() + hour),
        blockedFrom: start,
        blockedUntil: new Date(start.getTime() + hour),
        status: 'confirmed',
        priceCents: 12000,
        snapshot,
        locale: 'fr',
        idempotencyKey: `booking-engine-${key}`,
      })
      .returning({ id: bookings.id }),
  )
  if (!row) throw new Error('booking not inserted')
  return row.id
}

const emailsOf = (bookingId: string) =>
  asStaff((tx) =>
    tx
      .select({ template: messageDeliveries.template, dedupeKey: messageDeliveries.dedupeKey })
      .from(messageDeliveries)
      .where(
        and(
          eq(messageDeliveries.tenantId, db.data.a.id),
          eq(messageDeliveries.bookingId, bookingId),
          eq(messageDeliveries.channel, 'email'),
        ),
      )
      .orderBy(asc(messageDeliveries.createdAt)),
  )

const ref = (bookingId: string, start: Date) => ({
  tenantId: db.data.a.id,
  bookingId,
  clientId: db.data.a.clientId,
  staffId: db.data.a.staffMembershipId,
  start: start.toISOString(),
})

describe('booking workflows on the embedded engine', () => {
  it(
    'a booking cancelled while its reminders sleep gets its cancellation and zero reminders',
    { timeout: 90_000 },
    async () => {
      const start = startOn('2026-12-17')
      vi.setSystemTime(start.getTime() - 72 * hour)
      const bookingId = await booked(start, 'cancel')
      const engine = await startEngine(db.app, [bookingReminders, bookingCancelled], { clock: () => new Date() })
      await engine.send([
        { id: `${bookingId}-confirmed`, name: 'booking/confirmed', data: ref(bookingId, start), ts: Date.now() },
      ])
      await engine.runDue()
      expect((await emailsOf(bookingId)).map((row) => row.template)).toEqual([
        'booking-confirmed',
        'booking-staff-notice',
      ])

      vi.setSystemTime(start.getTime() - 30 * hour)
      await asStaff((tx) =>
        tx.update(bookings).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(bookings.id, bookingId)),
      )
      await engine.send([
        {
          id: `${bookingId}-cancelled`,
          name: 'booking/cancelled',
          data: { ...ref(bookingId, start), by: 'client', feeCents: 0 },
          ts: Date.now(),
        },
      ])
      await engine.runDue()
      for (const before of [24, 1]) {
        vi.setSystemTime(start.getTime() - before * hour)
        await engine.runDue()
      }
      expect((await emailsOf(bookingId)).map((row) => row.template)).toEqual([
        'booking-confirmed',
        'booking-staff-notice',
        'booking-cancelled',
        'booking-cancelled',
      ])
      const runs = (await runsOf(db.app)).filter((run) => run.eventId.startsWith(bookingId))
      expect(runs.find((run) => run.functionId.endsWith('booking-reminders'))?.status).toBe('cancelled')
    },
  )

  it(
    'a reschedule stops the first run and plans the reminders again from the new start',
    { timeout: 90_000 },
    async () => {
      const start = startOn('2026-12-21')
      const moved = startOn('2026-12-22')
      vi.setSystemTime(start.getTime() - 72 * hour)
      const bookingId = await booked(start, 'move')
      const engine = await startEngine(db.app, [bookingReminders, bookingCancelled], { clock: () => new Date() })
      await engine.send([
        { id: `${bookingId}-confirmed`, name: 'booking/confirmed', data: ref(bookingId, start), ts: Date.now() },
      ])
      await engine.runDue()

      vi.setSystemTime(start.getTime() - 48 * hour)
      await asStaff((tx) =>
        tx
          .update(bookings)
          .set({
            startsAt: moved,
            endsAt: new Date(moved.getTime() + hour),
            blockedFrom: moved,
            blockedUntil: new Date(moved.getTime() + hour),
          })
          .where(eq(bookings.id, bookingId)),
      )
      await engine.send([
        {
          id: `${bookingId}-rescheduled`,
          name: 'booking/rescheduled',
          data: {
            ...ref(bookingId, moved),
            previousStart: start.toISOString(),
            previousStaffId: db.data.a.staffMembershipId,
            by: 'client',
          },
          ts: Date.now(),
        },
      ])
      await engine.runDue()
      // The old reminder times pass: nothing. The new ones: both reminders, named by the new start.
      for (const at of [
        start.getTime() - 24 * hour,
        start.getTime() - hour,
        moved.getTime() - 24 * hour,
        moved.getTime() - hour,
      ]) {
        vi.setSystemTime(at)
        await engine.runDue()
      }
      const reminders = (await emailsOf(bookingId)).filter((row) => row.template === 'booking-reminder')
      expect(reminders.map((row) => row.dedupeKey)).toEqual([
        `booking:${bookingId}:remind-first:${moved.toISOString()}`,
        `booking:${bookingId}:remind-second:${moved.toISOString()}`,
      ])
      expect((await emailsOf(bookingId)).filter((row) => row.template === 'booking-rescheduled')).toHaveLength(2)
    },
  )

  it(
    'the business moves its first reminder closer while one sleeps: it goes out once, at the new time, the second once too',
    { timeout: 120_000 },
    async () => {
      const start = startOn('2026-12-18')
      vi.setSystemTime(start.getTime() - 72 * hour)
      const bookingId = await booked(start, 'leads')
      const engine = await startEngine(db.app, [bookingReminders, bookingCancelled, bookingRemindersReplan], {
        clock: () => new Date(),
      })
      routeEventsLocally((events) => engine.accept(events))
      try {
        await engine.send([
          { id: `${bookingId}-confirmed`, name: 'booking/confirmed', data: ref(bookingId, start), ts: Date.now() },
        ])
        await engine.runDue()

        vi.setSystemTime(start.getTime() - 60 * hour)
        const owner = { tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' as const }
        await asStaff((tx) => updateBookingSettings(tx, owner, { reminderFirstLeadHours: 12 }))
        // The outbox row reaches the engine; the fan-out starts a run planned from the new times.
        expect((await relayOutbox(db.app, engine)).delivered).toBeGreaterThanOrEqual(1)
        await engine.runDue()
        await engine.runDue()
        const replanned = (await runsOf(db.app)).filter(
          (run) =>
            run.functionId.endsWith('booking-reminders') &&
            run.eventId.startsWith('replan:') &&
            run.eventId.endsWith(bookingId),
        )
        expect(replanned.map((run) => run.status)).toEqual(['sleeping'])

        for (const before of [24, 12, 1]) {
          vi.setSystemTime(start.getTime() - before * hour)
          await engine.runDue()
          await engine.runDue()
          if (before === 24) {
            // The old plan's 24 h reminder is not sent: the business asked for 12 h now.
            expect((await emailsOf(bookingId)).map((row) => row.template)).not.toContain('booking-reminder')
          }
        }
        const reminders = (await emailsOf(bookingId)).filter((row) => row.template === 'booking-reminder')
        expect(reminders.map((row) => row.dedupeKey)).toEqual([
          `booking:${bookingId}:remind-first:${start.toISOString()}`,
          `booking:${bookingId}:remind-second:${start.toISOString()}`,
        ])
      } finally {
        routeEventsLocally(undefined)
      }
    },
  )
})
