import { describe, expect, it } from 'vitest'
import { createFormatters } from './format'

const toronto = 'America/Toronto'
const fr = createFormatters({ locale: 'fr', timeZone: toronto })
const en = createFormatters({ locale: 'en', timeZone: toronto })

// Narrow no-break spaces and no-break spaces are what ICU prints; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('dates on the business clock', () => {
  it('puts a late-evening UTC instant on the previous day in Toronto', () => {
    // 04:30 UTC on March 8 is 23:30 on March 7 in Toronto (UTC-5).
    expect(fr.date('2026-03-08T04:30:00Z')).toBe('7 mars 2026')
    expect(en.date('2026-03-08T04:30:00Z')).toBe('March 7, 2026')
  })

  it('jumps from 1:30 to 3:30 across the spring-forward gap of 2026-03-08', () => {
    // One real hour apart, two wall-clock hours apart: 2:00 EST became 3:00 EDT.
    expect(plain(fr.time('2026-03-08T06:30:00Z'))).toBe('1 h 30')
    expect(plain(fr.time('2026-03-08T07:30:00Z'))).toBe('3 h 30')
    expect(plain(en.time('2026-03-08T06:30:00Z'))).toBe('1:30 a.m.')
    expect(plain(en.time('2026-03-08T07:30:00Z'))).toBe('3:30 a.m.')
  })

  it('reads 1:30 twice on the fall-back day of 2026-11-01', () => {
    expect(plain(en.time('2026-11-01T05:30:00Z'))).toBe('1:30 a.m.')
    expect(plain(en.time('2026-11-01T06:30:00Z'))).toBe('1:30 a.m.')
  })

  it('writes date and time together in each language', () => {
    expect(plain(fr.dateTime('2026-03-08T19:05:00Z'))).toBe('8 mars 2026, 15 h 05')
    expect(plain(en.dateTime('2026-03-08T19:05:00Z'))).toBe('Mar 8, 2026, 3:05 p.m.')
  })

  it('writes every time of day one way per language: "8 h 30" and "13 h" in French, "8:30 a.m." in English', () => {
    // 08:30 and 13:00 in Toronto (EST), then midnight and noon.
    const times = ['2026-01-05T13:30:00Z', '2026-01-05T18:00:00Z', '2026-01-05T05:00:00Z', '2026-01-05T17:00:00Z']
    expect(times.map((at) => plain(fr.time(at)))).toEqual(['8 h 30', '13 h', '0 h', '12 h'])
    expect(times.map((at) => plain(en.time(at)))).toEqual(['8:30 a.m.', '1:00 p.m.', '12:00 a.m.', '12:00 p.m.'])
    // The wall-clock times of a weekly schedule, stored "08:30", read the same way.
    expect(['08:30', '13:00:00', '09:05'].map((at) => plain(fr.clock(at)))).toEqual(['8 h 30', '13 h', '9 h 05'])
    expect(['08:30', '13:00:00', '09:05'].map((at) => plain(en.clock(at)))).toEqual(['8:30 a.m.', '1:00 p.m.', '9:05 a.m.'])
    expect(plain(fr.clock(8 * 60 + 30))).toBe('8 h 30')
    expect(plain(fr.timeRange('2026-01-05T13:30:00Z', '2026-01-05T14:30:00Z'))).toBe('8 h 30 – 9 h 30')
    expect(plain(en.timeRange('2026-01-05T13:30:00Z', '2026-01-05T14:30:00Z'))).toBe('8:30 a.m. – 9:30 a.m.')
    expect(plain(fr.dateTimeRange('2026-01-05T13:30:00Z', '2026-01-05T14:30:00Z'))).toBe('5 janv. 2026, 8 h 30 – 9 h 30')
  })

  it('keeps a time on one line: its spaces do not break', () => {
    expect(fr.time('2026-01-05T13:30:00Z')).toBe('8\u00a0h\u00a030')
    expect(en.time('2026-01-05T13:30:00Z')).toBe('8:30\u00a0a.m.')
  })

  it('writes the first of the month "1er" in French', () => {
    // Noon on November 1 in Toronto.
    const first = '2026-11-01T17:00:00Z'
    expect(fr.date(first)).toBe('1er novembre 2026')
    expect(fr.day(first)).toBe('dimanche 1er novembre 2026')
    expect(plain(fr.dateTime(first))).toBe('1er nov. 2026, 12 h')
    expect(fr.date('2026-11-11T17:00:00Z')).toBe('11 novembre 2026')
    expect(fr.date('2026-11-21T17:00:00Z')).toBe('21 novembre 2026')
    expect(en.date(first)).toBe('November 1, 2026')
    expect(en.day(first)).toBe('Sunday, November 1, 2026')
    expect(fr.shortDay(first)).toBe('dim. 1er nov.')
    expect(en.shortDay(first)).toBe('Sun, Nov 1')
    expect(plain(fr.dayTime(first))).toBe('dimanche 1er novembre 2026 à 12 h')
    expect(plain(en.dayTime(first))).toBe('Sunday, November 1, 2026 at 12:00 p.m.')
  })

  it('follows another business clock when the tenant is elsewhere', () => {
    const vancouver = createFormatters({ locale: 'en', timeZone: 'America/Vancouver' })
    expect(plain(vancouver.time('2026-03-08T19:05:00Z'))).toBe('12:05 p.m.')
  })
})

describe('relative times', () => {
  const now = '2026-03-08T12:00:00Z'

  it('uses the largest unit that fits, in words where the language has them', () => {
    expect(fr.relative('2026-03-08T14:00:00Z', now)).toBe('dans 2 heures')
    expect(en.relative('2026-03-08T14:00:00Z', now)).toBe('in 2 hours')
    expect(fr.relative('2026-03-07T12:00:00Z', now)).toBe('hier')
    expect(en.relative('2026-03-07T12:00:00Z', now)).toBe('yesterday')
    expect(en.relative('2026-03-08T11:59:30Z', now)).toBe('30 seconds ago')
    expect(en.relative(now, now)).toBe('now')
  })
})

describe('money', () => {
  it('formats cents as Canadian dollars by default', () => {
    expect(plain(fr.money(123456))).toBe('1 234,56 $')
    expect(en.money(123456)).toBe('$1,234.56')
    expect(plain(fr.money(-5))).toBe('-0,05 $')
  })

  it('reads minor units by the currency, and refuses fractions of a cent', () => {
    expect(en.money(1000, 'USD')).toBe('US$10.00')
    expect(en.money(500, 'JPY')).toBe('JP¥500')
    expect(() => en.money(10.5)).toThrow(RangeError)
  })
})
