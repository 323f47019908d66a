import { TZDate } from '@date-fns/tz'
import type { ServiceAddress } from '@portail/db/schema'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { offsetAt, vtimezone } from './vtimezone'

const minute = 60_000
const day = 24 * 60 * minute

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
  /**
   * `cancel` for the file of one cancelled booking (METHOD:CANCEL: an app that has the event
   * removes it); a feed, or a booking still on, publishes (METHOD:PUBLISH).
   */
  method?: 'publish' | 'cancel'
}

/**
 * Whether the local wall-clock time of `instant` names it alone. A time that a fall-back night
 * shows twice (01:30 in Toronto on 2026-11-01) does not: RFC 5545 says a reader takes the first,
 * but ical.js and node-ical both take the second, so neither occurrence can be written as TZID.
 */
function unambiguousLocally(instant: number, timeZone: string): boolean {
  const wall = instant + offsetAt(instant, timeZone) * minute
  const nearby = new Set([-day, 0, day].map((shift) => offsetAt(instant + shift, timeZone)))
  return [...nearby].every((offset) => {
    const other = wall - offset * minute
    return other === instant || offsetAt(other, timeZone) !== offset
  })
}

/** One line, as calendar apps show a location. */
export const addressLine = (address: ServiceAddress | null): string | null =>
  address
    ? [address.line1, address.line2, address.city, address.province, address.postalCode].filter(Boolean).join(', ')
    : null

const utcYear = (date: Date) => date.getUTCFullYear()

/**
 * The text/calendar body. Times are written as the business's local wall-clock time with
 * TZID=<IANA zone> (the event carries the zone and the dates are zoned, so the digits are local),
 * and the file defines that zone in a VTIMEZONE for the years its events cover (RFC 5545 §3.2.19:
 * without it a reader takes the time as floating, on its own clock). No calendar-wide zone name
 * is set, which keeps DTSTAMP in UTC as RFC 5545 requires.
 */
export function renderIcs(calendar: IcsCalendar): string {
  const instants = calendar.events.flatMap((event) => [event.start, event.end])
  const firstYear = Math.min(...instants.map(utcYear))
  const lastYear = Math.max(...instants.map(utcYear))
  const output = ical({
    name: calendar.name,
    prodId: { company: 'Portail', product: 'Portail', language: 'FR' },
    method: calendar.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // Called once per zone the events use (none when every event is in UTC).
    timezone: { name: null, generator: (timeZone) => vtimezone(timeZone, firstYear, lastYear) },
  })
  for (const event of calendar.events) {
    // Either 01:30 of a fall-back night cannot be written as a TZID time: such an event is written
    // in UTC (RFC 5545 form 2), which every calendar app places right.
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
