import { describe, expect, it } from 'vitest'
import { addressLine, renderIcs } from './render-ics'

const event = (
  start: string,
  minutes: number,
  extra: Partial<Parameters<typeof renderIcs>[0]['events'][number]> = {},
) => ({
  uid: `booking-${start}@portail`,
  start: new Date(start),
  end: new Date(Date.parse(start) + minutes * 60_000),
  summary: 'Entretien, piscine',
  location: null,
  description: null,
  cancelled: false,
  stamp: new Date('2026-01-01T00:00:00Z'),
  sequence: 0,
  ...extra,
})

describe('renderIcs', () => {
  it('writes Toronto wall-clock times with their TZID on both sides of a DST change, DTSTAMP in UTC', () => {
    const text = renderIcs({
      name: 'Alpha Pools',
      timeZone: 'America/Toronto',
      // 2026-11-01 00:00-00:30 EDT, 01:30 EDT, then 01:30 EST: the hour from 01:00 is shown twice that night.
      events: [
        event('2026-11-01T04:00:00Z', 30),
        event('2026-11-01T05:30:00Z', 20),
        event('2026-11-01T06:30:00Z', 30),
        event('2026-07-02T13:00:00Z', 60),
      ],
    })
    // Before the repeated hour: with the zone. Inside it, either 01:30 would be misread, so both are in UTC.
    expect(text).toContain('DTSTART;TZID=America/Toronto:20261101T000000')
    expect(text).toContain('DTEND;TZID=America/Toronto:20261101T003000')
    expect(text).toContain('DTSTART:20261101T053000Z')
    expect(text).toContain('DTSTART:20261101T063000Z')
    expect(text).toContain('DTSTART;TZID=America/Toronto:20260702T090000')
    expect(text).toContain('DTEND;TZID=America/Toronto:20260702T100000')
    expect(text).toContain('DTSTAMP:20260101T000000Z')
    expect(text).toContain('SUMMARY:Entretien\\, piscine')
  })

  it('marks a cancelled booking CANCELLED and keeps its UID', () => {
    const text = renderIcs({
      name: 'x',
      timeZone: 'America/Toronto',
      events: [event('2026-07-02T13:00:00Z', 60, { uid: 'booking-1@portail', cancelled: true, sequence: 1 })],
    })
    expect(text).toContain('UID:booking-1@portail')
    expect(text).toContain('STATUS:CANCELLED')
    expect(text).toContain('SEQUENCE:1')
  })

  it('puts a service address on one line', () => {
    expect(
      addressLine({
        line1: '1 rue A',
        line2: 'app. 2',
        city: 'Québec',
        province: 'QC',
        postalCode: 'G1R 1A1',
        country: 'CA',
      }),
    ).toBe('1 rue A, app. 2, Québec, QC, G1R 1A1')
    expect(addressLine(null)).toBeNull()
  })
})
