/**
 * Calendar files as two independent iCalendar parsers read them, in a process on UTC (a server's
 * or a calendar service's clock): every event must land on its real instant, which a `TZID=` time
 * does only when the file defines that zone (RFC 5545 §3.2.19).
 */
import ICAL from 'ical.js'
import nodeIcal from 'node-ical'
import { describe, expect, it } from 'vitest'
import { type IcsEvent, renderIcs } from './render-ics'

const event = (start: string, minutes: number, extra: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: `booking-${start}@portail`,
  start: new Date(start),
  end: new Date(Date.parse(start) + minutes * 60_000),
  summary: 'Entretien',
  location: null,
  description: null,
  cancelled: false,
  stamp: new Date('2026-01-01T00:00:00Z'),
  sequence: 0,
  ...extra,
})

/** Start and end instants per UID, as ical.js reads them with the file's own VTIMEZONE blocks. */
function readWithIcalJs(text: string): Map<string, [string, string | null]> {
  const calendar = ICAL.Component.fromString(text)
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = new Map<string, [string, string | null]>()
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const read = new ICAL.Event(component)
    events.set(read.uid, [read.startDate.toJSDate().toISOString(), read.endDate.toJSDate().toISOString()])
  }
  return events
}

/** The same, as node-ical reads them. */
function readWithNodeIcal(text: string): Map<string, [string, string | null]> {
  const events = new Map<string, [string, string | null]>()
  for (const entry of Object.values(nodeIcal.sync.parseICS(text))) {
    if (entry?.type !== 'VEVENT') continue
    events.set(entry.uid, [entry.start.toISOString(), entry.end?.toISOString() ?? null])
  }
  return events
}

const both = (text: string) => [readWithIcalJs(text), readWithNodeIcal(text)]

describe('calendar files read by ical.js and node-ical on a UTC clock', () => {
  it('runs on UTC, the clock a floating time would be read on', () => {
    expect(new Date('2026-07-02T09:00:00').toISOString()).toBe('2026-07-02T09:00:00.000Z')
  })

  it('places Toronto events on their instants in summer, in winter and across both DST changes', () => {
    const instants = [
      ['2026-07-02T13:00:00.000Z', '2026-07-02T14:00:00.000Z'],
      ['2026-12-15T14:00:00.000Z', '2026-12-15T15:30:00.000Z'],
      // 01:30 EDT, the night the clocks go back, and 03:30 EDT just after they went forward.
      ['2026-11-01T05:30:00.000Z', '2026-11-01T05:50:00.000Z'],
      ['2027-03-14T07:30:00.000Z', '2027-03-14T08:30:00.000Z'],
      // The second 01:30 of the fall-back night (written in UTC).
      ['2026-11-01T06:30:00.000Z', '2026-11-01T07:00:00.000Z'],
    ] as const
    const text = renderIcs({
      name: 'Alpha Pools',
      timeZone: 'America/Toronto',
      events: instants.map(([start, end]) =>
        event(start, (Date.parse(end) - Date.parse(start)) / 60_000, { uid: `u-${start}` }),
      ),
    })
    expect(text).toContain('BEGIN:VTIMEZONE')
    expect(text).toContain('TZID:America/Toronto')
    for (const read of both(text)) {
      for (const [start, end] of instants) expect(read.get(`u-${start}`)).toEqual([start, end])
    }
  })

  it('does the same for zones south of the equator, on a half hour, and without DST', () => {
    const cases = [
      ['Australia/Sydney', '2027-01-10T23:00:00.000Z'],
      ['Australia/Sydney', '2027-06-10T23:00:00.000Z'],
      ['America/St_Johns', '2027-02-03T13:30:00.000Z'],
      ['America/St_Johns', '2027-08-03T12:30:00.000Z'],
      ['America/Regina', '2027-08-03T15:00:00.000Z'],
      ['America/Vancouver', '2027-11-07T18:00:00.000Z'],
    ] as const
    for (const [timeZone, start] of cases) {
      const text = renderIcs({ name: 'x', timeZone, events: [event(start, 45, { uid: 'one' })] })
      expect(text).toContain(`DTSTART;TZID=${timeZone}:`)
      const end = new Date(Date.parse(start) + 45 * 60_000).toISOString()
      for (const read of both(text)) expect(read.get('one'), `${timeZone} ${start}`).toEqual([start, end])
    }
  })
})
