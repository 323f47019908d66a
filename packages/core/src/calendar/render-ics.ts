import { TZDate } from '@date-fns/tz'
import type { ServiceAddress } from '@portail/db/schema'
import ical, { ICalEventStatus } from 'ical-generator'
import { instantOf } from '../availability/local-time'
import { localDateOf } from '../calendar-date'

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

/**
 * Whether the local wall-clock time of `instant` names it unambiguously: a calendar app reads a
 * TZID time repeated by a fall-back night (01:30 twice in Toronto) as its first occurrence.
 */
function unambiguousLocally(instant: number, timeZone: string): boolean {
  const local = new TZDate(instant, timeZone)
  const wallClock = instantOf(localDateOf(instant, timeZone), local.getHours() * 60 + local.getMinutes(), timeZone)
  return wallClock + local.getSeconds() * 1000 + local.getMilliseconds() === instant
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
    // The second 01:30 of a fall-back night cannot be written as a TZID time: such an event is
    // written in UTC (RFC 5545 form 2), which every calendar app places right.
    const zoned =
      unambiguousLocally(event.start.getTime(), calendar.timeZone) &&
      unambiguousLocally(event.end.getTime(), calendar.timeZone)
    output.createEvent({
      id: event.uid,
      timezone: zoned ? calendar.timeZone : null,
      start: zoned ? new TZDate(event.start.getTime(), calendar.timeZone) : event.start,
      end: zoned ? new TZDate(event.end.getTime(), calendar.timeZone) : event.end,
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
