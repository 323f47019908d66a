import type { Database } from '@portail/db'
import { bookingCalendar } from '../calendar/booking-calendar'

/** A file attached to a mail, as the mail outbox stores it. */
export interface IcsAttachment {
  filename: string
  contentType: string
  contentBase64: string
}

/**
 * The booking's .ics (the same file as "Add to calendar": same UID, so a calendar app that
 * imported it updates one event), read as the tenant's system actor, named in the reader's
 * language. Null when the booking is not there.
 */
export async function bookingIcsAttachment(
  database: Database,
  tenantId: string,
  bookingId: string,
  locale: 'fr' | 'en',
): Promise<IcsAttachment | null> {
  const ics = await database.withTenant({ actor: 'system', tenantId }, (tx) =>
    bookingCalendar(tx, tenantId, bookingId, locale),
  )
  if (ics === null) return null
  return {
    filename: locale === 'fr' ? 'rendez-vous.ics' : 'appointment.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    contentBase64: Buffer.from(ics, 'utf8').toString('base64'),
  }
}
