/**
 * The booking workflows against a real database, with the real notify(): what ends up in the
 * delivery log and the mail outbox. @inngest/test runs the functions (its sleeps mocked to move a
 * faked clock, Date only, to the instant the run asked for); the booking rows are real, read by
 * the workflows as the system actor.
 */
import { InngestTestEngine } from '@inngest/test'
import type { BookingSnapshot } from '@portail/db/schema'
import { bookings, mailOutbox, messageDeliveries } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, asc, eq, inArray } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { wireBookingWorkflows } from '../src/functions/booking/booking-deps'
import { bookingCancelled } from '../src/functions/booking/booking-cancelled'
import { bookingReminders } from '../src/functions/booking/booking-reminders'

const hour = 3_600_000

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
  wireBookingWorkflows({ database: db.app, portalOrigin: (slug) => `https://${slug}.portail.test` })
})
afterAll(async () => db.close())
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

let keys = 0
/** A confirmed booking of tenant A, 14:00 UTC (09:00 in Toronto, outside quiet hours) `days` ahead. */
async function booked(start: Date): Promise<string> {
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
        idempotencyKey: `booking-workflows-database-${(keys += 1)}`,
      })
      .returning({ id: bookings.id }),
  )
  if (!row) throw new Error('booking not inserted')
  return row.id
}

/** The delivery log of a booking as its business's staff see it. */
const deliveriesOf = (bookingId: string) =>
  asStaff((tx) =>
    tx
      .select({
        id: messageDeliveries.id,
        channel: messageDeliveries.channel,
        template: messageDeliveries.template,
        status: messageDeliveries.status,
        skipReason: messageDeliveries.skipReason,
        dedupeKey: messageDeliveries.dedupeKey,
        recipientKind: messageDeliveries.recipientKind,
      })
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.tenantId, db.data.a.id), eq(messageDeliveries.bookingId, bookingId)))
      .orderBy(asc(messageDeliveries.createdAt), asc(messageDeliveries.channel)),
  )

/** The mail queued for the booking's delivery rows, as the dev mailbox reads the outbox. */
async function mailAbout(bookingId: string) {
  const ids = (await deliveriesOf(bookingId)).map((row) => row.id)
  return db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, attachments: mailOutbox.attachments })
      .from(mailOutbox)
      .where(inArray(mailOutbox.deliveryId, ids))
      .orderBy(asc(mailOutbox.createdAt)),
  )
}

const confirmedEvent = (bookingId: string, start: Date, ts: Date) => ({
  name: 'booking/confirmed',
  ts: ts.getTime(),
  data: {
    tenantId: db.data.a.id,
    bookingId,
    clientId: db.data.a.clientId,
    staffId: db.data.a.staffMembershipId,
    start: start.toISOString(),
  },
})

/** Runs the reminders workflow; each sleep moves the faked clock to the instant it asked for. */
async function runReminders(event: ReturnType<typeof confirmedEvent>, start: Date) {
  const engine = new InngestTestEngine({ function: bookingReminders })
  return engine.execute({
    events: [event],
    steps: [
      { id: 'wait-first', handler: () => vi.setSystemTime(start.getTime() - 24 * hour) },
      { id: 'wait-second', handler: () => vi.setSystemTime(start.getTime() - hour) },
    ],
  })
}

/** 14:00 UTC, `days` from now: 09:00 or 10:00 in Toronto, so neither reminder falls in quiet hours. */
const dayAhead = (days: number) => {
  const day = new Date(Date.now() + days * 24 * hour)
  day.setUTCHours(14, 0, 0, 0)
  return day
}

describe('booking workflows on the database', () => {
  it(
    'a booking made days ahead: confirmation with its .ics, staff notice, both reminders, each logged once',
    { timeout: 60_000 },
    async () => {
      const start = dayAhead(4)
      const bookingId = await booked(start)
      const madeAt = new Date(start.getTime() - 72 * hour)
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(madeAt)
      await runReminders(confirmedEvent(bookingId, start, madeAt), start)

      const emails = (await deliveriesOf(bookingId)).filter((row) => row.channel === 'email')
      expect(emails.map((row) => [row.template, row.recipientKind, row.status])).toEqual([
        ['booking-confirmed', 'client', 'queued'],
        ['booking-staff-notice', 'staff', 'queued'],
        ['booking-reminder', 'client', 'queued'],
        ['booking-reminder', 'client', 'queued'],
      ])
      const mail = await mailAbout(bookingId)
      expect(mail.map((row) => row.to)).toEqual([
        `client@alpha-pools.test`,
        `staff@alpha-pools.test`,
        `client@alpha-pools.test`,
        `client@alpha-pools.test`,
      ])
      const [ics] = mail[0]?.attachments ?? []
      expect(ics?.filename).toBe('rendez-vous.ics')
      expect(Buffer.from(ics?.contentBase64 ?? '', 'base64').toString('utf8')).toContain('SUMMARY:Entretien')

      // The same event delivered again (a relay retry, a replayed run): nothing more is sent.
      vi.setSystemTime(madeAt)
      await runReminders(confirmedEvent(bookingId, start, madeAt), start)
      expect(await mailAbout(bookingId)).toHaveLength(4)
      expect((await deliveriesOf(bookingId)).filter((row) => row.channel === 'email')).toHaveLength(4)
    },
  )

  it(
    'a relay that lagged past T - 24 h: the first reminder is in the log as skipped too_late, never mailed',
    { timeout: 60_000 },
    async () => {
      const start = dayAhead(3)
      const bookingId = await booked(start)
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(start.getTime() - 23 * hour)
      await runReminders(confirmedEvent(bookingId, start, new Date(start.getTime() - 25 * hour)), start)

      const first = (await deliveriesOf(bookingId)).filter((row) => row.dedupeKey.includes('remind-first'))
      expect(first.length).toBeGreaterThan(0)
      expect(first.every((row) => row.status === 'skipped' && row.skipReason === 'too_late')).toBe(true)
      const mail = await mailAbout(bookingId)
      expect(mail.map((row) => row.subject)).toHaveLength(3)
    },
  )

  it(
    'a booking cancelled before its workflow ran: the confirmation logged skipped (booking_cancelled), the cancellation sent, no reminder',
    { timeout: 60_000 },
    async () => {
      const start = dayAhead(5)
      const bookingId = await booked(start)
      const madeAt = new Date(start.getTime() - 48 * hour)
      await asStaff((tx) =>
        tx.update(bookings).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(bookings.id, bookingId)),
      )
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(madeAt)
      await runReminders(confirmedEvent(bookingId, start, madeAt), start)
      const cancelled = new InngestTestEngine({ function: bookingCancelled })
      await cancelled.execute({
        events: [
          {
            name: 'booking/cancelled',
            ts: madeAt.getTime(),
            data: { ...confirmedEvent(bookingId, start, madeAt).data, by: 'client', feeCents: 0 },
          },
        ],
      })
      const log = await deliveriesOf(bookingId)
      expect(log.filter((row) => row.template === 'booking-reminder')).toEqual([])
      // The confirmation and notice the event asked for are in the log, not sent: booking cancelled.
      const confirmations = log.filter((row) => row.template !== 'booking-cancelled')
      expect(confirmations.map((row) => row.template)).toContain('booking-confirmed')
      expect(confirmations.every((row) => row.status === 'skipped' && row.skipReason === 'booking_cancelled')).toBe(
        true,
      )
      const sentEmails = log.filter((row) => row.channel === 'email' && row.status !== 'skipped')
      expect(sentEmails.map((row) => [row.template, row.recipientKind])).toEqual([
        ['booking-cancelled', 'client'],
        ['booking-cancelled', 'staff'],
      ])
    },
  )
})
