/**
 * The calendar files a client downloads and a staff member subscribes to, read back by two
 * independent iCalendar parsers (ical.js, node-ical) in this UTC process: the instants, the staff
 * description (phone, address, notes, escaped and folded per RFC 5545), and a cancelled booking's
 * file, which must still be served so the client's calendar drops the event.
 */
import type { BookingSnapshot } from '@portail/db/schema'
import { bookings, clients } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import nodeIcal from 'node-ical'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookingCalendar, rotateCalendarFeed, staffFeedCalendar } from '../src/calendar'

const hour = 60 * 60 * 1000

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const asStaff = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.staffUserId }, fn)
const asClient = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant(
    { actor: 'client', tenantId: db.data.a.id, userId: db.data.a.clientUserId, clientId: db.data.a.clientId },
    fn,
  )

const snapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
}

const notes =
  'Code de la barrière : 4521; chien gentil, mais fermez la porte.\nLe robot est dans le cabanon, à gauche après la haie de cèdres.'

let keys = 0
async function booked(start: string, patch: Partial<typeof bookings.$inferInsert> = {}): Promise<string> {
  const from = Date.parse(start)
  return asStaff(async (tx) => {
    const [row] = await tx
      .insert(bookings)
      .values({
        tenantId: db.data.a.id,
        clientId: db.data.a.clientId,
        membershipId: db.data.a.staffMembershipId,
        serviceId: db.data.a.serviceId,
        startsAt: new Date(from),
        endsAt: new Date(from + hour),
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: 0,
        blockedFrom: new Date(from),
        blockedUntil: new Date(from + hour),
        status: 'confirmed',
        priceCents: 12000,
        snapshot,
        locale: 'fr',
        idempotencyKey: `calendar-files-${(keys += 1)}`,
        serviceAddress: {
          line1: '12 rue des Érables',
          city: 'Montréal',
          province: 'QC',
          postalCode: 'H2X 1Y4',
          country: 'CA',
        },
        notes,
        ...patch,
      })
      .returning({ id: bookings.id })
    if (!row) throw new Error('booking not inserted')
    return row.id
  })
}

interface ReadEvent {
  start: string
  end: string | null
  description: string | null
  status: string | null
  sequence: number
}

function readWithIcalJs(text: string): { method: string | null; events: Map<string, ReadEvent> } {
  const calendar = ICAL.Component.fromString(text)
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = new Map<string, ReadEvent>()
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component)
    const status = component.getFirstPropertyValue('status')
    events.set(event.uid, {
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      description: event.description || null,
      status: typeof status === 'string' ? status : null,
      sequence: event.sequence,
    })
  }
  const method = calendar.getFirstPropertyValue('method')
  return { method: typeof method === 'string' ? method : null, events }
}

function readWithNodeIcal(text: string): Map<string, ReadEvent> {
  const events = new Map<string, ReadEvent>()
  for (const entry of Object.values(nodeIcal.sync.parseICS(text))) {
    if (entry?.type !== 'VEVENT') continue
    const description = entry.description
    events.set(entry.uid, {
      start: entry.start.toISOString(),
      end: entry.end?.toISOString() ?? null,
      description: typeof description === 'string' ? description : (description?.val ?? null),
      status: entry.status ?? null,
      sequence: Number(entry.sequence ?? 0),
    })
  }
  return events
}

const uidOf = (id: string) => `booking-${id}@portail`
const octets = (line: string) => Buffer.byteLength(line, 'utf8')

describe('a staff member’s calendar feed', () => {
  it('places each event on its instant and describes it with the client’s phone, the address and the notes', async () => {
    await asStaff((tx) =>
      tx.update(clients).set({ phone: '+14505550132' }).where(eq(clients.id, db.data.a.clientId)),
    )
    // 09:00 in Toronto in July (EDT) and in January (EST).
    const summer = await booked('2027-07-05T13:00:00Z')
    const winter = await booked('2027-01-11T14:00:00Z', { notes: null, serviceAddress: null })
    const { url } = await asStaff((tx) =>
      rotateCalendarFeed(
        tx,
        { tenantId: db.data.a.id, userId: db.data.a.staffUserId, role: 'staff' },
        (token) => `https://a.test/api/calendar/${token}.ics`,
      ),
    )
    const token = url.slice('https://a.test/api/calendar/'.length, -'.ics'.length)
    const text = await staffFeedCalendar(db.app, db.data.a.id, token, Date.parse('2027-01-01T00:00:00Z'))
    if (text === null) throw new Error('the feed was not found')

    // Lines of at most 75 octets, continuation lines starting with a space (RFC 5545 §3.1).
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(text).toContain('Code de la barri')

    const description =
      'Téléphone : 450 555-0132\n' +
      'Adresse : 12 rue des Érables, Montréal, QC, H2X 1Y4\n' +
      `Notes : ${notes}`
    const ours = readWithIcalJs(text)
    expect(ours.method).toBe('PUBLISH')
    for (const events of [ours.events, readWithNodeIcal(text)]) {
      expect(events.get(uidOf(summer))).toMatchObject({
        start: '2027-07-05T13:00:00.000Z',
        end: '2027-07-05T14:00:00.000Z',
        description,
      })
      expect(events.get(uidOf(winter))).toMatchObject({
        start: '2027-01-11T14:00:00.000Z',
        end: '2027-01-11T15:00:00.000Z',
        description: 'Téléphone : 450 555-0132',
      })
    }
  })
})

describe('a client’s file for one booking', () => {
  it('gives the booking on its instant, and once cancelled, a file that cancels it in the calendar', async () => {
    const id = await booked('2027-11-08T14:00:00Z')
    const before = await asClient((tx) => bookingCalendar(tx, db.data.a.id, id, 'en'))
    if (before === null) throw new Error('the booking file was not found')
    expect(readWithIcalJs(before).method).toBe('PUBLISH')
    for (const events of [readWithIcalJs(before).events, readWithNodeIcal(before)])
      expect(events.get(uidOf(id))).toMatchObject({ start: '2027-11-08T14:00:00.000Z', status: 'CONFIRMED', sequence: 0 })

    await asStaff((tx) =>
      tx.update(bookings).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(bookings.id, id)),
    )
    const after = await asClient((tx) => bookingCalendar(tx, db.data.a.id, id, 'en'))
    if (after === null) throw new Error('a cancelled booking has no file')
    expect(readWithIcalJs(after).method).toBe('CANCEL')
    for (const events of [readWithIcalJs(after).events, readWithNodeIcal(after)])
      expect(events.get(uidOf(id))).toMatchObject({ start: '2027-11-08T14:00:00.000Z', status: 'CANCELLED', sequence: 1 })
  })
})
