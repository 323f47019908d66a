/**
 * Calendars over HTTP: "add to calendar" for one booking (its client or the business's staff,
 * 404 for anyone else, on any other host) and a staff member's private feed (token only, tenant
 * from the host, revocable, never stored in clear). PGlite and, with DATABASE_URL, Postgres.
 */
import { createHash } from 'node:crypto'
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { bookings, staffCalendarFeeds } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleBookingIcsRequest, handleCalendarFeedRequest } from '../src/handle-calendar-request'
import { type CallAs, callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const deps = () => ({ database: db.app, identity: createHeaderTestIdentity(), rootDomain })
const alpha = () => hostOf(db.data.a.slug)
const icsOf = async (id: string, as: CallAs) => {
  const response = await handleBookingIcsRequest(
    new Request(`http://${as.host}/api/bookings/${id}/ics`, { headers: requestHeaders(as) }),
    deps(),
    id,
  )
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}
const feedOf = async (url: string, host = new URL(url).host) => {
  const token = new URL(url).pathname.replace(/^\/api\/calendar\//, '').replace(/\.ics$/, '')
  const response = await handleCalendarFeedRequest(
    new Request(`http://${host}/api/calendar/${token}.ics`, { headers: new Headers({ host }) }),
    deps(),
    token,
  )
  return { status: response.status, text: await response.text() }
}
const ownerOfA = () => callerFor(db.app, { host: alpha(), userId: db.data.a.ownerUserId })
const staffOfA = () => callerFor(db.app, { host: alpha(), userId: db.data.a.staffUserId })
const book = async (start: string, key: string, extra: Record<string, unknown> = {}) =>
  (await ownerOfA()).staff.bookings.create({
    clientId: db.data.a.clientId,
    serviceId: db.data.a.serviceId,
    staffId: db.data.a.staffMembershipId,
    start,
    idempotencyKey: key,
    ignoreRules: true,
    reason: 'calendar test',
    serviceAddress: {
      line1: '12 rue des Érables',
      city: 'Montréal',
      province: 'QC',
      postalCode: 'H2X 1Y4',
      country: 'CA',
    },
    ...extra,
  })

describe('GET /api/bookings/{id}/ics', () => {
  it('gives the client its booking in the business zone, summer and winter alike, in the reader language', async () => {
    const summer = await book('2027-07-05T13:00:00Z', 'ics-summer-0001')
    const winter = await book('2027-11-08T14:00:00Z', 'ics-winter-0001')
    const client = { host: alpha(), userId: db.data.a.clientUserId, acceptLanguage: 'en-CA' }
    const july = await icsOf(summer.id, client)
    expect(july.status).toBe(200)
    expect(july.type).toBe('text/calendar; charset=utf-8')
    expect(july.text).toContain('DTSTART;TZID=America/Toronto:20270705T090000')
    expect(july.text).toContain('DTEND;TZID=America/Toronto:20270705T100000')
    expect(july.text).toContain(`UID:booking-${summer.id}@portail`)
    expect(july.text).toContain(`SUMMARY:${summer.serviceNameEn}`)
    expect(july.text).toContain('LOCATION:12 rue des Érables\\, Montréal\\, QC\\, H2X 1Y4')
    // After the November change 09:00 is 14:00 UTC; the file still says 09:00 Toronto time.
    const november = await icsOf(winter.id, { ...client, acceptLanguage: 'fr-CA' })
    expect(november.text).toContain('DTSTART;TZID=America/Toronto:20271108T090000')
    expect(november.text).toContain(`SUMMARY:${winter.serviceNameFr}`)
    // The same UID for the same booking every time: a calendar app updates, never duplicates.
    expect((await icsOf(summer.id, client)).text).toContain(`UID:booking-${summer.id}@portail`)
  })

  it('gives it to staff of the business; 404 to another client, no session, and on another business host', async () => {
    const made = await book('2027-07-06T13:00:00Z', 'ics-access-0001')
    expect((await icsOf(made.id, { host: alpha(), userId: db.data.a.staffUserId })).status).toBe(200)
    expect((await icsOf(made.id, { host: alpha(), userId: db.data.a.otherClientUserId })).status).toBe(404)
    expect((await icsOf(made.id, { host: alpha() })).status).toBe(404)
    expect((await icsOf(made.id, { host: hostOf(db.data.b.slug), userId: db.data.b.ownerUserId })).status).toBe(404)
    expect((await icsOf(made.id, { host: hostOf(db.data.b.slug), userId: db.data.a.clientUserId })).status).toBe(404)
    expect((await icsOf('not-a-uuid', { host: alpha(), userId: db.data.a.staffUserId })).status).toBe(404)
  })
})

describe('the private staff feed', () => {
  it('serves the member own bookings, cancelled ones as CANCELLED, to the URL alone; the token is stored only hashed', async () => {
    const kept = await book('2027-01-11T14:00:00Z', 'feed-kept-00001')
    const dropped = await book('2027-01-12T14:00:00Z', 'feed-dropped-001')
    await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
      tx.update(bookings).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(bookings.id, dropped.id)),
    )
    const staff = await staffOfA()
    expect(await staff.staff.calendarFeed.get()).toMatchObject({ url: null, active: false })
    const { url } = await staff.staff.calendarFeed.rotate()
    expect(new URL(url).host).toBe(alpha())
    expect(new URL(url).pathname).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
    expect(await staff.staff.calendarFeed.get()).toMatchObject({ url: null, active: true })

    const feed = await feedOf(url)
    expect(feed.status).toBe(200)
    expect(feed.text).toContain(`UID:booking-${kept.id}@portail`)
    expect(feed.text).toContain('DTSTART;TZID=America/Toronto:20270111T090000')
    expect(feed.text).toContain('Client Alpha')
    const droppedEvent = feed.text.split('BEGIN:VEVENT').find((event) => event.includes(dropped.id))
    expect(droppedEvent).toContain('STATUS:CANCELLED')

    const token = new URL(url).pathname.slice('/api/calendar/'.length, -'.ics'.length)
    const rows = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx.select().from(staffCalendarFeeds),
    )
    expect(rows.map((row) => row.tokenHash)).toContain(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('answers 404 on another business host, for a teammate feed read by the owner, and once revoked or rotated', async () => {
    const staff = await staffOfA()
    const { url } = await staff.staff.calendarFeed.rotate()
    expect((await feedOf(url)).status).toBe(200)
    expect((await feedOf(url, hostOf(db.data.b.slug))).status).toBe(404)
    // The owner manages their own feed only: the staff member's stays live.
    await (await ownerOfA()).staff.calendarFeed.revoke()
    expect((await feedOf(url)).status).toBe(200)

    const { url: next } = await staff.staff.calendarFeed.rotate()
    expect((await feedOf(url)).status).toBe(404)
    expect((await feedOf(next)).status).toBe(200)
    await staff.staff.calendarFeed.revoke()
    expect((await feedOf(next)).status).toBe(404)
    expect(await staff.staff.calendarFeed.get()).toMatchObject({ active: false })
    expect((await feedOf(`http://${alpha()}/api/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404)
  })
})
