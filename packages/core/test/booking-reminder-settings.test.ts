/**
 * The reminder lead times a business sets in its booking rules, and what the booking workflows
 * read as the system actor before sending: the booking as it is now (never another tenant's), in
 * each reader's language, and its .ics attachment.
 */
import type { BookingSnapshot } from '@portail/db/schema'
import { bookings, eventOutbox, tenants } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors/actor-kinds'
import { listCatalog, updateBookingSettings } from '../src/booking-catalog'
import { DomainError } from '../src/errors'
import {
  bookingIcsAttachment,
  futureConfirmedBookings,
  loadBookingFacts,
  loadStaffRecipient,
} from '../src/notifications/booking-workflow'

const hour = 60 * 60 * 1000

let db: TestDatabase<TwoTenantFixture>
let owner: StaffActor
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
  owner = { tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' }
})
afterAll(async () => db.close())

const asOwner = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: owner.tenantId, userId: owner.userId }, fn)

const snapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
}

describe('reminder lead times in the booking rules', () => {
  it('are 24 h and 1 h until the business changes them, then what it saved, other settings kept', async () => {
    const before = await asOwner((tx) => listCatalog(tx, owner))
    expect(before.settings).toMatchObject({ reminderFirstLeadHours: 24, reminderSecondLeadHours: 1 })
    await asOwner((tx) =>
      tx
        .update(tenants)
        .set({ settings: { quietHours: { start: '22:00', end: '07:00' } } })
        .where(eq(tenants.id, owner.tenantId)),
    )

    await asOwner((tx) => updateBookingSettings(tx, owner, { reminderFirstLeadHours: 48, reminderSecondLeadHours: 2 }))
    const after = await asOwner((tx) => listCatalog(tx, owner))
    expect(after.settings).toMatchObject({ reminderFirstLeadHours: 48, reminderSecondLeadHours: 2 })
    const [row] = await asOwner((tx) =>
      tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, owner.tenantId)),
    )
    expect(row?.settings.quietHours).toEqual({ start: '22:00', end: '07:00' })

    // One lead time alone is checked against the stored other one.
    await asOwner((tx) => updateBookingSettings(tx, owner, { reminderSecondLeadHours: 0 }))
    expect((await asOwner((tx) => listCatalog(tx, owner))).settings.reminderSecondLeadHours).toBe(0)
  })

  it('refuse a first reminder that would come after the stored second one, naming the field', async () => {
    await asOwner((tx) => updateBookingSettings(tx, owner, { reminderFirstLeadHours: 24, reminderSecondLeadHours: 3 }))
    const refusal = await asOwner((tx) => updateBookingSettings(tx, owner, { reminderFirstLeadHours: 2 })).catch(
      (error: unknown) => error,
    )
    expect(refusal).toBeInstanceOf(DomainError)
    expect(refusal).toMatchObject({ messageKey: 'booking.reminderOrder' })
    expect((await asOwner((tx) => listCatalog(tx, owner))).settings).toMatchObject({
      reminderFirstLeadHours: 24,
      reminderSecondLeadHours: 3,
    })
  })
})

describe('the booking as a workflow reads it', () => {
  let bookingId = ''
  const start = new Date(Date.now() + 72 * hour)
  beforeAll(async () => {
    const [row] = await asOwner((tx) =>
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
          idempotencyKey: 'booking-reminder-settings-1',
        })
        .returning({ id: bookings.id }),
    )
    bookingId = row?.id ?? ''
  })

  it('is read as the system actor of the event’s tenant, with the names and lead times a message needs', async () => {
    const facts = await loadBookingFacts(db.app, db.data.a.id, bookingId)
    expect(facts).toMatchObject({
      bookingId,
      status: 'confirmed',
      start: start.toISOString(),
      staffId: db.data.a.staffMembershipId,
      staffUserId: db.data.a.staffUserId,
      staffName: 'staff',
      clientName: 'Client Alpha',
      clientLocale: 'fr',
      serviceName: { fr: 'Entretien', en: 'Maintenance' },
      tenantSlug: 'alpha-pools',
      leads: { firstLeadHours: 24, secondLeadHours: 3 },
    })
  })

  it('is not found through another tenant (an event naming the wrong tenant reads nothing)', async () => {
    expect(await loadBookingFacts(db.app, db.data.b.id, bookingId)).toBeNull()
  })

  it('comes with its calendar file, named in the reader’s language', async () => {
    const attachment = await bookingIcsAttachment(db.app, db.data.a.id, bookingId, 'en')
    expect(attachment?.filename).toBe('appointment.ics')
    const ics = Buffer.from(attachment?.contentBase64 ?? '', 'base64').toString('utf8')
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain('SUMMARY:Maintenance')
    expect(await bookingIcsAttachment(db.app, db.data.b.id, bookingId, 'en')).toBeNull()
  })

  it('says cancelled once the booking is', async () => {
    await asOwner((tx) =>
      tx
        .update(bookings)
        .set({ status: 'cancelled', cancelledAt: sql`now()` })
        .where(eq(bookings.id, bookingId)),
    )
    expect((await loadBookingFacts(db.app, db.data.a.id, bookingId))?.status).toBe('cancelled')
  })
})

describe('a change of lead times re-plans the reminders of future bookings', () => {
  const leadEvents = () =>
    db.app.withTenant({ actor: 'system', tenantId: owner.tenantId }, (tx) =>
      tx
        .select({ payload: eventOutbox.payload })
        .from(eventOutbox)
        .where(and(eq(eventOutbox.tenantId, owner.tenantId), eq(eventOutbox.name, 'booking/reminder-leads-changed'))),
    )
  const book = (offsetHours: number, status: 'confirmed' | 'cancelled', key: string) => {
    const at = new Date(Date.now() + offsetHours * hour)
    return asOwner(async (tx) => {
      const [row] = await tx
        .insert(bookings)
        .values({
          tenantId: db.data.a.id,
          clientId: db.data.a.clientId,
          membershipId: db.data.a.staffMembershipId,
          serviceId: db.data.a.serviceId,
          startsAt: at,
          endsAt: new Date(at.getTime() + hour),
          blockedFrom: at,
          blockedUntil: new Date(at.getTime() + hour),
          status,
          ...(status === 'cancelled' ? { cancelledAt: new Date() } : {}),
          priceCents: 12000,
          snapshot,
          locale: 'fr',
          idempotencyKey: key,
        })
        .returning({ id: bookings.id })
      return row?.id ?? ''
    })
  }

  it('emits booking/reminder-leads-changed with the new times when they change, and only then', async () => {
    const before = (await leadEvents()).length
    const stored = (await asOwner((tx) => listCatalog(tx, owner))).settings
    await asOwner((tx) =>
      updateBookingSettings(tx, owner, {
        reminderFirstLeadHours: stored.reminderFirstLeadHours,
        reminderSecondLeadHours: stored.reminderSecondLeadHours,
      }),
    )
    expect(await leadEvents()).toHaveLength(before)
    await asOwner((tx) => updateBookingSettings(tx, owner, { reminderFirstLeadHours: 36, reminderSecondLeadHours: 2 }))
    const events = await leadEvents()
    expect(events).toHaveLength(before + 1)
    expect(events.at(-1)?.payload).toEqual({ firstLeadHours: 36, secondLeadHours: 2 })
  })

  it('lists the business’s confirmed bookings still ahead, earliest first, and none of another business', async () => {
    const later = await book(200, 'confirmed', 'replan-later')
    const sooner = await book(100, 'confirmed', 'replan-sooner')
    const cancelled = await book(150, 'cancelled', 'replan-cancelled')
    const past = await book(-5, 'confirmed', 'replan-past')
    const listed = (await futureConfirmedBookings(db.app, db.data.a.id, new Date())).map((row) => row.bookingId)
    expect(listed.indexOf(sooner)).toBeLessThan(listed.indexOf(later))
    expect(listed.indexOf(sooner)).toBeGreaterThanOrEqual(0)
    expect(listed).not.toContain(cancelled)
    expect(listed).not.toContain(past)
    expect(await futureConfirmedBookings(db.app, db.data.b.id, new Date())).toEqual([])
  })
})

describe('the staff member a booking was taken from', () => {
  it('is read as the system actor of the event’s tenant (account, public name, language); not through another tenant', async () => {
    const member = await loadStaffRecipient(db.app, db.data.a.id, db.data.a.staffMembershipId)
    expect(member).toMatchObject({
      membershipId: db.data.a.staffMembershipId,
      userId: db.data.a.staffUserId,
      name: 'staff',
    })
    expect(['fr', 'en']).toContain(member?.locale)
    expect(await loadStaffRecipient(db.app, db.data.b.id, db.data.a.staffMembershipId)).toBeNull()
  })
})
