import { TZDate } from '@date-fns/tz'
import type { ServiceAddress } from '@portail/db/schema'
import ical, { ICalEventStatus } from 'ical-generator'

export interface IcsEvent {
  /** Stable per booking, so a calendar app updates the event instead of adding a copy. */
  uid: string
  start: Date
  end: Date
  summary: string
  location: string | null
  description: string | null
  cancelled: boolean
  /** When the booking last changed: tells a subscribed calendar which copy is newer. */
  stamp: Date
  sequence: number
}

export interface IcsCalendar {
  name: string
  /** The business's IANA zone: every DTSTART/DTEND carries it as TZID. */
  timeZone: string
  events: IcsEvent[]
}

/** One line, as calendar apps show a location. */
export const addressLine = (address: ServiceAddress | null): string | null =>
  address
    ? [address.line1, address.line2, address.city, address.province, address.postalCode].filter(Boolean).join(', ')
    : null

/**
 * The text/calendar body. Times are written as the business's local wall-clock time with
 * TZID=<IANA zone> (the event carries the zone and the dates are zoned, so the digits are local);
 * no calendar-wide zone is set, which keeps DTSTAMP in UTC as RFC 5545 requires.
 */
export function renderIcs(calendar: IcsCalendar): string {
  const output = ical({ name: calendar.name, prodId: { company: 'Portail', product: 'Portail', language: 'FR' } })
  for (const event of calendar.events) {
    output.createEvent({
      id: event.uid,
      timezone: calendar.timeZone,
      start: new TZDate(event.start.getTime(), calendar.timeZone),
      end: new TZDate(event.end.getTime(), calendar.timeZone),
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: event.stamp,
      sequence: event.sequence,
    })
  }
  return output.toString()
}

/** `booking-<id>@portail`: one UID per booking for its whole life (moves and cancellation included). */
export const bookingUid = (bookingId: string) => `booking-${bookingId}@portail`
