/**
 * The booking workflows' decisions, run by @inngest/test's engine: what is sent, to whom, when, and
 * what is not sent and why. The booking as read again (core's loadBookingFacts) and notify() are
 * mocked at the module boundary; the clock is faked (Date only), and each sleep's mock moves it
 * to the time the run asked for, as a wake-up would.
 */
import { InngestTestEngine } from '@inngest/test'
import type { BookingFacts } from '@portail/core/booking-workflow'
import type * as BookingWorkflow from '@portail/core/booking-workflow'
import type * as Notifications from '@portail/notifications'
import type { DeliveryOutcome, NotifyRequest } from '@portail/notifications'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const world = vi.hoisted(() => ({
  /** The booking as the next read finds it (null: gone). */
  facts: null as BookingFacts | null,
  /** What notify answers for a request it does not skip as too late. */
  answer: (_request: NotifyRequest): DeliveryOutcome[] => [{ channel: 'email', status: 'queued' }],
  /** The member a booking was moved away from, as loadStaffRecipient reads it (null: gone). */
  previousStaff: null as { membershipId: string; userId: string; name: string; locale: 'fr' | 'en' } | null,
}))

vi.mock('@portail/notifications', async (importOriginal) => ({
  ...(await importOriginal<typeof Notifications>()),
  // As notify() decides it: a skip asked for, or past notAfter (too_late), logs every channel
  // skipped with its reason and sends nothing.
  notify: vi.fn((_database: unknown, request: NotifyRequest) => {
    const reason = request.skip ?? (request.notAfter && request.now >= request.notAfter ? 'too_late' : null)
    return Promise.resolve(
      reason
        ? (request.channels ?? ['email', 'in_app']).map((channel) => ({ channel, status: 'skipped', reason }))
        : world.answer(request),
    )
  }),
}))
vi.mock('@portail/core/booking-workflow', async (importOriginal) => ({
  ...(await importOriginal<typeof BookingWorkflow>()),
  loadBookingFacts: vi.fn(() => Promise.resolve(world.facts)),
  futureConfirmedBookings: vi.fn(() => Promise.resolve([])),
  loadStaffRecipient: vi.fn((_database: unknown, _tenantId: string, membershipId: string) =>
    Promise.resolve(membershipId === world.previousStaff?.membershipId ? world.previousStaff : null),
  ),
  bookingIcsAttachment: vi.fn(() =>
    Promise.resolve({ filename: 'rendez-vous.ics', contentType: 'text/calendar', contentBase64: 'QkVHSU4=' }),
  ),
}))
vi.mock('../src/functions/booking/booking-deps', () => ({
  bookingWorkflowDeps: () => ({ database: null, portalOrigin: (slug: string) => `https://${slug}.portail.test` }),
}))

const { notify, RecipientNotFoundError } = await import('@portail/notifications')
const { loadBookingFacts, futureConfirmedBookings } = await import('@portail/core/booking-workflow')
const { bookingRemindersReplan } = await import('../src/functions/booking/booking-reminders-replan')
const { bookingReminders } = await import('../src/functions/booking/booking-reminders')
const { bookingCancelled } = await import('../src/functions/booking/booking-cancelled')
const { bookingNoShow } = await import('../src/functions/booking/booking-no-show')

const hour = 3_600_000
const minute = 60_000
const tenantId = '019a0000-0000-7000-8000-0000000000a1'
const bookingId = '019a0000-0000-7000-8000-0000000000b1'
const staffId = '019a0000-0000-7000-8000-0000000000c1'
const staffUserId = '019a0000-0000-7000-8000-0000000000d1'
const clientId = '019a0000-0000-7000-8000-0000000000e1'
const start = new Date('2026-12-10T15:00:00.000Z')
const at = (offset: number) => new Date(start.getTime() + offset)

const bookingAt = (when: Date, patch: Partial<BookingFacts> = {}): BookingFacts => ({
  tenantId,
  bookingId,
  status: 'confirmed',
  start: when.toISOString(),
  end: new Date(when.getTime() + hour).toISOString(),
  staffId,
  staffUserId,
  staffName: 'Mathieu',
  staffLocale: 'fr',
  clientId,
  clientName: 'Marie Gagnon',
  clientLocale: 'fr',
  serviceName: { fr: 'Ouverture de piscine', en: 'Pool opening' },
  address: null,
  timeZone: 'America/Toronto',
  tenantSlug: 'piscines',
  leads: { firstLeadHours: 24, secondLeadHours: 1 },
  ...patch,
})

const confirmedEvent = (ts: Date, when = start) => ({
  name: 'booking/confirmed',
  ts: ts.getTime(),
  data: { tenantId, bookingId, clientId, staffId, start: when.toISOString() },
})

/** Mocks of the sleeps a run may ask for: each moves the clock to the instant asked, or later (a late wake-up). */
const sleeps = (wakeLate = 0) =>
  ['wait-first', 'wait-second'].map((id) => ({
    id,
    handler() {
      const call = sleepCalls.find(([sleepId]) => sleepId === id)
      if (call) vi.setSystemTime(Date.parse(String(call[1])) + wakeLate)
    },
  }))
let sleepCalls: [string, unknown][] = []

type SentSummary = Record<
  string,
  { status: string; reason?: string; outcomes?: { channel: string; status: string; reason?: string }[] }
>
const requests = () => vi.mocked(notify).mock.calls.map(([, request]) => request)
const dedupeKeys = () => requests().map((request) => request.dedupeKey)

async function run(
  fn: ConstructorParameters<typeof InngestTestEngine>[0]['function'],
  event: { name: string; ts: number; data: Record<string, unknown> },
  wakeLate = 0,
) {
  const engine = new InngestTestEngine({
    function: fn,
    transformCtx: (ctx) => {
      // Records each sleep as it is asked, so its mock can move the clock there.
      const sleepUntil = ctx.step.sleepUntil
      ctx.step.sleepUntil = ((id: string, time: unknown) => {
        // A replay asks again for the sleeps it already did: each is recorded once.
        if (!sleepCalls.some(([asked]) => asked === id)) sleepCalls.push([id, time])
        return sleepUntil(id, time as Date)
      }) as typeof ctx.step.sleepUntil
      return ctx
    },
  })
  const output = await engine.execute({ events: [event] as [typeof event], steps: sleeps(wakeLate) })
  return {
    ...output,
    sent: (output.result as { sent: SentSummary }).sent,
    sleptUntil: sleepCalls.map(([id, time]) => [id, String(time)]),
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.mocked(notify).mockClear()
  vi.mocked(loadBookingFacts).mockClear()
  vi.mocked(loadBookingFacts).mockImplementation(() => Promise.resolve(world.facts))
  sleepCalls = []
  world.answer = () => [{ channel: 'email', status: 'queued' }]
})
afterEach(() => {
  vi.useRealTimers()
})

describe('booking-reminders on booking/confirmed', () => {
  it(
    'confirms to the client with the .ics, tells the staff member, then reminds 24 h and 1 h before',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start)
      const { sent, sleptUntil } = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      expect(dedupeKeys()).toEqual([
        `booking:${bookingId}:confirmed:client`,
        `booking:${bookingId}:confirmed:staff`,
        `booking:${bookingId}:remind-first:2026-12-10T15:00:00.000Z`,
        `booking:${bookingId}:remind-second:2026-12-10T15:00:00.000Z`,
      ])
      const [confirmation, notice, first, second] = requests()
      expect(confirmation).toMatchObject({
        recipient: { kind: 'client', clientId },
        template: 'booking-confirmed',
        topic: 'bookingChanges',
      })
      expect(confirmation?.attachments).toEqual([expect.objectContaining({ filename: 'rendez-vous.ics' })])
      expect(confirmation?.props.manageUrl).toBe(`https://piscines.portail.test/fr/portal/appointments/${bookingId}`)
      expect(notice).toMatchObject({
        recipient: { kind: 'staff', userId: staffUserId },
        template: 'booking-staff-notice',
        topic: 'bookingCreated',
      })
      expect(notice?.props.clientName).toBe('Marie Gagnon')
      expect(first).toMatchObject({ template: 'booking-reminder', topic: 'reminders', props: { leadHours: 24 } })
      expect(second).toMatchObject({ template: 'booking-reminder', props: { leadHours: 1 } })
      // Each reminder was decided at its own time, and may not go out after the appointment.
      expect(first?.now.toISOString()).toBe('2026-12-09T15:00:00.000Z')
      expect(second?.now.toISOString()).toBe('2026-12-10T14:00:00.000Z')
      expect(second?.notAfter?.toISOString()).toBe(start.toISOString())
      expect(sleptUntil).toEqual([
        ['wait-first', '2026-12-09T15:00:00.000Z'],
        ['wait-second', '2026-12-10T14:00:00.000Z'],
      ])
      expect(sent['remind-second']).toMatchObject({
        status: 'notified',
        outcomes: [{ channel: 'email', status: 'queued' }],
      })
    },
  )

  it('booked 3 hours ahead: the confirmation and only the 1 h reminder', { timeout: 20_000 }, async () => {
    vi.setSystemTime(at(-3 * hour))
    world.facts = bookingAt(start)
    const { sleptUntil } = await run(bookingReminders, confirmedEvent(at(-3 * hour)))
    expect(sleptUntil).toEqual([['wait-second', '2026-12-10T14:00:00.000Z']])
    expect(requests().map((request) => request.props.leadHours)).toEqual([undefined, undefined, 1])
  })

  it('booked 30 minutes ahead: the confirmation, no reminder at all', { timeout: 20_000 }, async () => {
    vi.setSystemTime(at(-30 * minute))
    world.facts = bookingAt(start)
    const { sleptUntil } = await run(bookingReminders, confirmedEvent(at(-30 * minute)))
    expect(sleptUntil).toEqual([])
    expect(requests().map((request) => request.template)).toEqual(['booking-confirmed', 'booking-staff-notice'])
  })

  it(
    'a relay that lagged past T - 24 h: the first reminder is logged too_late, nothing sent for it, the 1 h one still comes',
    { timeout: 20_000 },
    async () => {
      // Booked 25 h ahead; the event reached the workflow 2 h later.
      vi.setSystemTime(at(-23 * hour))
      world.facts = bookingAt(start)
      const { sent, sleptUntil } = await run(bookingReminders, confirmedEvent(at(-25 * hour)))
      expect(sleptUntil).toEqual([['wait-second', '2026-12-10T14:00:00.000Z']])
      const first = requests().find((request) => request.dedupeKey.includes('remind-first'))
      // notify() was asked with a deadline already past: it logs every channel skipped too_late.
      expect(first?.notAfter && first.now.getTime() >= first.notAfter.getTime()).toBe(true)
      expect(sent['remind-first']).toMatchObject({
        status: 'notified',
        outcomes: [
          { status: 'skipped', reason: 'too_late' },
          { status: 'skipped', reason: 'too_late' },
        ],
      })
      expect(sent['remind-second']).toMatchObject({ outcomes: [{ status: 'queued' }] })
    },
  )

  it(
    'an engine that wakes 20 minutes late sends no stale reminder: too_late, recorded',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start)
      const { sent } = await run(bookingReminders, confirmedEvent(at(-72 * hour)), 20 * minute)
      expect(sent['remind-first']).toMatchObject({ outcomes: [{ reason: 'too_late' }, { reason: 'too_late' }] })
      expect(sent['remind-second']).toMatchObject({ outcomes: [{ reason: 'too_late' }, { reason: 'too_late' }] })
    },
  )

  it(
    'is stopped by a cancellation or a reschedule of the same booking (cancelOn), and a cancelled booking read again gets no reminder',
    { timeout: 20_000 },
    async () => {
      expect(bookingReminders.opts.cancelOn).toEqual([
        {
          event: 'booking/cancelled',
          if: 'async.data.bookingId == event.data.bookingId && async.data.tenantId == event.data.tenantId',
        },
        {
          event: 'booking/rescheduled',
          if: 'async.data.bookingId == event.data.bookingId && async.data.tenantId == event.data.tenantId',
        },
      ])
      // Cancelled while the run slept, before the cancellation reached it: the re-read stops the send.
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start)
      vi.mocked(loadBookingFacts).mockImplementation((_db, _tenant, _booking) =>
        Promise.resolve(
          Date.now() >= at(-24 * hour).getTime() ? bookingAt(start, { status: 'cancelled' }) : bookingAt(start),
        ),
      )
      const { sent } = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      // Nothing sent for either reminder; the delivery log says why (notify asked to skip them).
      const reminders = requests().filter((request) => request.dedupeKey.includes('remind'))
      expect(reminders.map((request) => request.skip)).toEqual(['booking_cancelled', 'booking_cancelled'])
      expect(sent['remind-first']).toEqual({ status: 'skipped', reason: 'booking_cancelled' })
      expect(sent['remind-second']).toEqual({ status: 'skipped', reason: 'booking_cancelled' })
    },
  )

  it(
    'sends nothing about a booking moved to another time or another staff member since the event',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(at(2 * hour))
      const moved = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      expect(requests().map((request) => request.skip)).toEqual(['booking_moved', 'booking_moved'])
      expect(moved.sent['confirm-client']).toEqual({ status: 'skipped', reason: 'booking_moved' })
      expect(moved.result).toMatchObject({ plan: [] })

      world.facts = bookingAt(start, { staffId: '019a0000-0000-7000-8000-0000000000c2' })
      sleepCalls = []
      vi.mocked(notify).mockClear()
      const otherStaff = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      expect(requests().every((request) => request.skip === 'booking_moved')).toBe(true)
      expect(otherStaff.sent['notify-staff']).toEqual({ status: 'skipped', reason: 'booking_moved' })
    },
  )

  it(
    'a message notify refuses for good (the staff member is gone) is logged as failed; the reminders still come',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start)
      world.answer = (request) => {
        if (request.recipient.kind === 'staff') throw new RecipientNotFoundError('staff')
        return [{ channel: 'email', status: 'queued' }]
      }
      const { sent } = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      expect(sent['notify-staff']).toEqual({ status: 'failed', reason: 'RecipientNotFoundError' })
      expect(sent['remind-first']).toMatchObject({ status: 'notified' })
      expect(sent['remind-second']).toMatchObject({ status: 'notified' })
    },
  )

  it(
    'waits out quiet hours for the channels notify deferred, then sends those only, under the same dedupe key',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-3 * hour))
      world.facts = bookingAt(start)
      const morning = at(-90 * minute).toISOString()
      world.answer = (request) =>
        request.template === 'booking-reminder' && request.channels === undefined
          ? [
              { channel: 'email', status: 'queued' },
              { channel: 'sms', status: 'deferred', until: new Date(morning) },
            ]
          : (request.channels ?? ['email']).map((channel) => ({ channel, status: 'queued' }))
      const engine = new InngestTestEngine({ function: bookingReminders })
      const { result, ctx } = await engine.execute({
        events: [confirmedEvent(at(-3 * hour))] as [ReturnType<typeof confirmedEvent>],
        steps: [
          { id: 'wait-second', handler: () => vi.setSystemTime(at(-hour)) },
          { id: 'remind-second:quiet-1', handler: () => vi.setSystemTime(new Date(morning)) },
        ],
      })
      expect(ctx.step.sleepUntil).toHaveBeenCalledWith('remind-second:quiet-1', new Date(morning))
      const reminders = requests().filter((request) => request.template === 'booking-reminder')
      expect(reminders.map((request) => [request.dedupeKey, request.channels])).toEqual([
        [`booking:${bookingId}:remind-second:2026-12-10T15:00:00.000Z`, undefined],
        [`booking:${bookingId}:remind-second:2026-12-10T15:00:00.000Z`, ['sms']],
      ])
      expect((result as { sent: SentSummary }).sent['remind-second']?.outcomes).toEqual([
        { channel: 'email', status: 'queued' },
        { channel: 'sms', status: 'queued' },
      ])
    },
  )
})

describe('booking-reminders on booking/rescheduled', () => {
  it(
    'tells both of the move (old and new time) and plans the reminders again from the new start',
    { timeout: 20_000 },
    async () => {
      const newStart = at(48 * hour)
      vi.setSystemTime(at(-hour))
      world.facts = bookingAt(newStart)
      const { sleptUntil } = await run(bookingReminders, {
        name: 'booking/rescheduled',
        ts: at(-hour).getTime(),
        data: {
          tenantId,
          bookingId,
          clientId,
          staffId,
          start: newStart.toISOString(),
          previousStart: start.toISOString(),
          previousStaffId: staffId,
          by: 'client',
        },
      })
      const [client, staff] = requests()
      expect(client).toMatchObject({
        template: 'booking-rescheduled',
        recipient: { kind: 'client' },
        props: { previousStart: start.toISOString(), start: newStart.toISOString(), by: 'client' },
      })
      expect(client?.attachments).toHaveLength(1)
      expect(staff).toMatchObject({
        template: 'booking-rescheduled',
        topic: 'bookingRescheduled',
        recipient: { kind: 'staff', userId: staffUserId },
      })
      expect(sleptUntil).toEqual([
        ['wait-first', '2026-12-11T15:00:00.000Z'],
        ['wait-second', '2026-12-12T14:00:00.000Z'],
      ])
      expect(dedupeKeys().filter((key) => key.includes('remind'))).toEqual([
        `booking:${bookingId}:remind-first:2026-12-12T15:00:00.000Z`,
        `booking:${bookingId}:remind-second:2026-12-12T15:00:00.000Z`,
      ])
    },
  )
})

describe('booking-reminders on a reassignment (booking/rescheduled to another staff member)', () => {
  const previousStaffId = '019a0000-0000-7000-8000-0000000000c2'
  const previousUserId = '019a0000-0000-7000-8000-0000000000d2'
  const moved = (by: 'client' | 'staff') => ({
    name: 'booking/rescheduled',
    ts: at(-72 * hour).getTime(),
    data: {
      tenantId,
      bookingId,
      clientId,
      staffId,
      start: start.toISOString(),
      previousStart: start.toISOString(),
      previousStaffId,
      by,
    },
  })

  it(
    'the previous staff member is told it is no longer theirs, in their language; the new one gets the new-booking notice',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start)
      world.previousStaff = { membershipId: previousStaffId, userId: previousUserId, name: 'Jordan', locale: 'en' }
      await run(bookingReminders, moved('staff'))
      const staffRequests = requests().filter((request) => request.recipient.kind === 'staff')
      expect(staffRequests).toHaveLength(2)
      const [assigned, unassigned] = staffRequests
      expect(assigned).toMatchObject({
        template: 'booking-staff-notice',
        topic: 'bookingCreated',
        recipient: { kind: 'staff', userId: staffUserId },
        dedupeKey: `booking:${bookingId}:assigned:${staffId}:2026-12-10T15:00:00.000Z`,
        props: { recipientName: 'Mathieu', clientName: 'Marie Gagnon' },
      })
      expect(unassigned).toMatchObject({
        template: 'booking-unassigned',
        topic: 'bookingRescheduled',
        recipient: { kind: 'staff', userId: previousUserId },
        dedupeKey: `booking:${bookingId}:unassigned:${previousStaffId}:2026-12-10T15:00:00.000Z`,
        // Jordan reads English: the service in English, his own name; the details say who has it now.
        props: {
          recipientName: 'Jordan',
          serviceName: 'Pool opening',
          staffName: 'Mathieu',
          clientName: 'Marie Gagnon',
        },
      })
      // Neither staff member gets the "moved" wording: for them it is a new booking, or a lost one.
      expect(staffRequests.map((request) => request.template)).not.toContain('booking-rescheduled')
      // The client still hears of the change, and the reminders are planned as usual.
      expect(requests().find((request) => request.recipient.kind === 'client')?.template).toBe('booking-rescheduled')
      expect(dedupeKeys().filter((key) => key.includes('remind'))).toHaveLength(2)
    },
  )

  it(
    'a previous member who has left the business is not told (nobody to tell); the new one still is',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start)
      world.previousStaff = null
      const { sent } = await run(bookingReminders, moved('client'))
      expect(
        requests()
          .filter((request) => request.recipient.kind === 'staff')
          .map((request) => request.template),
      ).toEqual(['booking-staff-notice'])
      expect(sent['unassigned-staff']).toBeUndefined()
    },
  )

  it(
    "moved again before the notice went out: the previous member's notice is logged booking_moved, nothing sent",
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(at(24 * hour))
      world.previousStaff = { membershipId: previousStaffId, userId: previousUserId, name: 'Jordan', locale: 'en' }
      const { sent } = await run(bookingReminders, moved('staff'))
      expect(sent['unassigned-staff']).toEqual({ status: 'skipped', reason: 'booking_moved' })
      const skip = requests().find((request) => request.template === 'booking-unassigned')
      expect(skip).toMatchObject({ skip: 'booking_moved', recipient: { kind: 'staff', userId: previousUserId } })
    },
  )
})

describe('booking-cancelled and booking-no-show', () => {
  const cancelledEvent = (by: 'client' | 'staff' | 'system', feeCents: number) => ({
    name: 'booking/cancelled',
    ts: at(-5 * hour).getTime(),
    data: { tenantId, bookingId, clientId, staffId, start: start.toISOString(), by, feeCents },
  })

  it('tells the client and the staff member who cancelled and the fee', { timeout: 20_000 }, async () => {
    vi.setSystemTime(at(-5 * hour))
    world.facts = bookingAt(start, { status: 'cancelled' })
    await run(bookingCancelled, cancelledEvent('client', 4500))
    expect(
      requests().map((request) => [
        request.template,
        request.recipient.kind,
        request.topic,
        request.props.by,
        request.props.feeCents,
      ]),
    ).toEqual([
      ['booking-cancelled', 'client', 'bookingChanges', 'client', 4500],
      ['booking-cancelled', 'staff', 'bookingCancelled', 'client', 4500],
    ])
  })

  it(
    'an unpaid hold that ran out (by system): the client only, with a link to book again',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-5 * hour))
      world.facts = bookingAt(start, { status: 'cancelled' })
      await run(bookingCancelled, cancelledEvent('system', 0))
      expect(requests()).toHaveLength(1)
      expect(requests()[0]).toMatchObject({
        template: 'booking-hold-expired',
        recipient: { kind: 'client', clientId },
        dedupeKey: `booking:${bookingId}:hold-expired`,
        props: { manageUrl: 'https://piscines.portail.test/fr/portal/book' },
      })
    },
  )

  it('sends nothing when the booking read again is not cancelled', { timeout: 20_000 }, async () => {
    vi.setSystemTime(at(-5 * hour))
    world.facts = bookingAt(start)
    const { sent } = await run(bookingCancelled, cancelledEvent('staff', 0))
    expect(notify).not.toHaveBeenCalled()
    expect(sent['cancelled-client']).toEqual({ status: 'skipped', reason: 'booking_not_cancelled' })
  })

  it('tells a client who did not come, after the appointment (no deadline)', { timeout: 20_000 }, async () => {
    vi.setSystemTime(at(2 * hour))
    world.facts = bookingAt(start, { status: 'no_show' })
    const engine = new InngestTestEngine({ function: bookingNoShow })
    await engine.execute({
      events: [
        {
          name: 'booking/no-show',
          ts: at(2 * hour).getTime(),
          data: { tenantId, bookingId, clientId, staffId, start: start.toISOString() },
        },
      ],
    })
    expect(requests()).toHaveLength(1)
    expect(requests()[0]).toMatchObject({
      template: 'booking-no-show',
      recipient: { kind: 'client', clientId },
      notAfter: undefined,
    })
  })
})

describe('changed lead times', () => {
  /** The booking as read: the business's lead times are `before` until `changedAt`, then `after`. */
  const leadsChangeAt = (changedAt: Date, before: BookingFacts['leads'], after: BookingFacts['leads']) => {
    vi.mocked(loadBookingFacts).mockImplementation(() =>
      Promise.resolve(bookingAt(start, { leads: Date.now() >= changedAt.getTime() ? after : before })),
    )
  }
  const replanEvent = (ts: Date) => ({
    name: 'booking/reminders-replan',
    ts: ts.getTime(),
    data: { tenantId, bookingId, clientId, staffId, start: start.toISOString() },
  })

  it(
    'a reminder moved closer to the start while its run slept: the old run sends nothing for it and logs nothing',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      leadsChangeAt(
        at(-48 * hour),
        { firstLeadHours: 24, secondLeadHours: 1 },
        { firstLeadHours: 12, secondLeadHours: 1 },
      )
      const { sent } = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      // The run planned from the new times (booking/reminders-replan) sends it at T - 12 h.
      expect(sent['remind-first']).toEqual({ status: 'skipped', reason: 'reminder_replanned' })
      expect(dedupeKeys().filter((key) => key.includes('remind-first'))).toEqual([])
      expect(sent['remind-second']).toMatchObject({ status: 'notified' })
    },
  )

  it('the second reminder turned off while the run slept: it never goes out', { timeout: 20_000 }, async () => {
    vi.setSystemTime(at(-72 * hour))
    leadsChangeAt(
      at(-30 * hour),
      { firstLeadHours: 24, secondLeadHours: 1 },
      { firstLeadHours: 24, secondLeadHours: 0 },
    )
    const { sent } = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
    expect(sent['remind-first']).toMatchObject({ status: 'notified' })
    expect(sent['remind-second']).toEqual({ status: 'skipped', reason: 'reminder_replanned' })
    expect(requests().filter((request) => request.template === 'booking-reminder')).toHaveLength(1)
  })

  it(
    'a reminder moved earlier: the old run still asks at its old time under the same dedupe key (notify sends it once, whoever asks first)',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      leadsChangeAt(
        at(-60 * hour),
        { firstLeadHours: 24, secondLeadHours: 1 },
        { firstLeadHours: 48, secondLeadHours: 1 },
      )
      const { sent } = await run(bookingReminders, confirmedEvent(at(-72 * hour)))
      expect(sent['remind-first']).toMatchObject({ status: 'notified' })
      expect(dedupeKeys()).toContain(`booking:${bookingId}:remind-first:2026-12-10T15:00:00.000Z`)
    },
  )

  it(
    'booking/reminders-replan: no confirmation or notice again, the reminders planned from the new times, same dedupe keys',
    { timeout: 20_000 },
    async () => {
      vi.setSystemTime(at(-72 * hour))
      world.facts = bookingAt(start, { leads: { firstLeadHours: 48, secondLeadHours: 2 } })
      const { sent, sleptUntil } = await run(bookingReminders, replanEvent(at(-72 * hour)))
      expect(sleptUntil).toEqual([
        ['wait-first', '2026-12-08T15:00:00.000Z'],
        ['wait-second', '2026-12-10T13:00:00.000Z'],
      ])
      expect(requests().map((request) => [request.template, request.props.leadHours])).toEqual([
        ['booking-reminder', 48],
        ['booking-reminder', 2],
      ])
      expect(dedupeKeys()).toEqual([
        `booking:${bookingId}:remind-first:2026-12-10T15:00:00.000Z`,
        `booking:${bookingId}:remind-second:2026-12-10T15:00:00.000Z`,
      ])
      expect(Object.keys(sent)).toEqual(['remind-first', 'remind-second'])
    },
  )

  it(
    'booking/reminders-replan made when the new first time had already passed: only the reminders still ahead',
    { timeout: 20_000 },
    async () => {
      // 30 h before the start the business asks for 48 h: that time is gone; the old run keeps its 24 h one.
      vi.setSystemTime(at(-30 * hour))
      world.facts = bookingAt(start, { leads: { firstLeadHours: 48, secondLeadHours: 1 } })
      const { sleptUntil } = await run(bookingReminders, replanEvent(at(-30 * hour)))
      expect(sleptUntil).toEqual([['wait-second', '2026-12-10T14:00:00.000Z']])
    },
  )

  it('booking-reminders-replan sends one booking/reminders-replan per future confirmed booking, with stable ids', async () => {
    const other = '019a0000-0000-7000-8000-0000000000b2'
    vi.mocked(futureConfirmedBookings).mockResolvedValueOnce([
      { bookingId, clientId, staffId, start: start.toISOString() },
      { bookingId: other, clientId, staffId, start: at(24 * hour).toISOString() },
    ])
    const engine = new InngestTestEngine({ function: bookingRemindersReplan })
    const { result, ctx } = await engine.execute({
      events: [
        {
          id: 'outbox-1',
          name: 'booking/reminder-leads-changed',
          ts: at(-72 * hour).getTime(),
          data: { tenantId, firstLeadHours: 48, secondLeadHours: 2 },
        },
      ],
      steps: [{ id: 'replan-0', handler: () => ({ ids: [] }) }],
    })
    expect(result).toEqual({ replanned: 2 })
    expect(vi.mocked(futureConfirmedBookings).mock.calls[0]?.slice(1)).toEqual([tenantId, at(-72 * hour)])
    expect(ctx.step.sendEvent).toHaveBeenCalledWith('replan-0', [
      expect.objectContaining({
        id: `replan:outbox-1:${bookingId}`,
        name: 'booking/reminders-replan',
        data: { tenantId, bookingId, clientId, staffId, start: start.toISOString() },
      }),
      expect.objectContaining({ id: `replan:outbox-1:${other}`, name: 'booking/reminders-replan' }),
    ])
  })
})
