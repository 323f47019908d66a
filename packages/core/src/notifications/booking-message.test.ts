import { describe, expect, it } from 'vitest'
import { type BookingFacts, bookingDedupeKey, bookingMessageProps, bookingStillAsAnnounced } from './booking-message'

const facts: BookingFacts = {
  tenantId: '019a0000-0000-7000-8000-0000000000a1',
  bookingId: '019a0000-0000-7000-8000-0000000000b1',
  status: 'confirmed',
  start: '2026-12-10T15:00:00.000Z',
  end: '2026-12-10T16:00:00.000Z',
  staffId: '019a0000-0000-7000-8000-0000000000c1',
  staffUserId: '019a0000-0000-7000-8000-0000000000d1',
  staffName: 'Mathieu',
  staffLocale: 'en',
  clientId: '019a0000-0000-7000-8000-0000000000e1',
  clientName: 'Marie Gagnon',
  clientLocale: 'fr',
  serviceName: { fr: 'Ouverture de piscine', en: 'Pool opening' },
  address: '12 rue des Pins, Saint-Jérôme, QC',
  timeZone: 'America/Toronto',
  tenantSlug: 'piscines-laurentides',
  leads: { firstLeadHours: 24, secondLeadHours: 1 },
}
const announced = { start: '2026-12-10T15:00:00Z', staffId: facts.staffId }

describe('bookingStillAsAnnounced', () => {
  it('lets a message go out for the confirmed booking the event announced', () => {
    expect(bookingStillAsAnnounced(facts, announced)).toEqual({ send: true, facts })
  })

  it('sends nothing for a booking cancelled, gone, moved or given to someone else', () => {
    const cancelled = { ...facts, status: 'cancelled' as const }
    expect(bookingStillAsAnnounced(cancelled, announced)).toEqual({
      send: false,
      reason: 'booking_cancelled',
      facts: cancelled,
    })
    expect(bookingStillAsAnnounced(null, announced)).toEqual({ send: false, reason: 'booking_cancelled', facts: null })
    const moved = { ...facts, start: '2026-12-11T15:00:00.000Z' }
    expect(bookingStillAsAnnounced(moved, announced)).toMatchObject({ send: false, reason: 'booking_moved' })
    expect(bookingStillAsAnnounced(facts, { ...announced, staffId: facts.tenantId })).toMatchObject({
      send: false,
      reason: 'booking_moved',
    })
  })
})

describe('bookingMessageProps', () => {
  it('writes to the client in the client’s language with a link to the appointment', () => {
    const props = bookingMessageProps(facts, 'client', 'https://piscines-laurentides.portail.ca', { leadHours: 24 })
    expect(props).toMatchObject({
      recipientName: 'Marie Gagnon',
      serviceName: 'Ouverture de piscine',
      manageUrl: `https://piscines-laurentides.portail.ca/fr/portal/appointments/${facts.bookingId}`,
      leadHours: 24,
    })
    expect(props.clientName).toBeUndefined()
  })

  it('writes to the staff member in theirs, naming the client, with a link to the team calendar', () => {
    expect(bookingMessageProps(facts, 'staff', 'https://p.portail.ca')).toMatchObject({
      recipientName: 'Mathieu',
      serviceName: 'Pool opening',
      clientName: 'Marie Gagnon',
      manageUrl: `https://p.portail.ca/en/admin/bookings?booking=${facts.bookingId}`,
    })
  })
})

describe('bookingDedupeKey', () => {
  it('names a reminder by its start, so a reschedule plans new ones and a replay finds the same', () => {
    expect(bookingDedupeKey.reminder('b1', 'first', '2026-12-10T15:00:00Z')).toBe(
      'booking:b1:remind-first:2026-12-10T15:00:00.000Z',
    )
    expect(bookingDedupeKey.reminder('b1', 'first', '2026-12-11T15:00:00Z')).not.toBe(
      bookingDedupeKey.reminder('b1', 'first', '2026-12-10T15:00:00Z'),
    )
  })
})
