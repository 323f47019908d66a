import { catalogs, createFormatters, type Locale } from '@portail/i18n'
import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { announcementWording, bellWording } from './count-wording'
import { countWording, notificationText, type WordingContext } from './notification-text'

const start = '2026-11-24T13:30:00Z' // Tuesday 8:30 in Toronto
const translator = (locale: Locale) =>
  createTranslator({ locale, messages: catalogs[locale], namespace: 'notifications' })
const contextIn = (locale: Locale, reader: 'client' | 'staff' = 'client'): WordingContext => ({
  t: translator(locale),
  locale,
  timeZone: 'America/Toronto',
  business: 'Piscines Laurentides',
  reader,
})
const params = { serviceNameFr: 'Ouverture de piscine', serviceNameEn: 'Pool opening', start, clientName: 'Marie' }

describe('notification lines', () => {
  it('word each kind in the reader’s language, with the time on the business’s clock', () => {
    const when = createFormatters({ locale: 'fr', timeZone: 'America/Toronto' }).dayTime(new Date(start))
    expect(when).toMatch(/8\sh\s30/)
    expect(notificationText({ kind: 'booking-confirmed', params }, contextIn('fr'))).toBe(
      `Rendez-vous confirmé : « Ouverture de piscine », ${when}.`,
    )
    expect(notificationText({ kind: 'booking-reminder', params }, contextIn('en'))).toMatch(
      /^Reminder: “Pool opening”, Tuesday, November 24, 2026 at 8:30\u00a0a\.m\.$/,
    )
  })

  it('tell a team member which client a booking notice is about', () => {
    expect(notificationText({ kind: 'booking-confirmed', params }, contextIn('en', 'staff'))).toContain(
      'New booking: Marie, “Pool opening”',
    )
    expect(notificationText({ kind: 'booking-cancelled', params }, contextIn('fr', 'staff'))).toContain(
      'Rendez-vous annulé : Marie',
    )
    expect(notificationText({ kind: 'booking-cancelled', params }, contextIn('fr'))).not.toContain('Marie')
  })

  it.each(['fr', 'en'] as const)('never show a raw key or an empty slot in %s, whatever is missing', (locale) => {
    const kinds = [
      'booking-confirmed',
      'booking-staff-notice',
      'booking-reminder',
      'booking-cancelled',
      'booking-rescheduled',
      'booking-hold-expired',
      'booking-no-show',
      'booking-unassigned',
      'something-new',
    ]
    for (const kind of kinds)
      for (const reader of ['client', 'staff'] as const) {
        const line = notificationText({ kind, params: { serviceName: 'Entretien' } }, contextIn(locale, reader))
        expect(line).not.toMatch(/kind[A-Z]|\{|undefined|null/)
        expect(line.length).toBeGreaterThan(10)
      }
    expect(notificationText({ kind: 'something-new', params: {} }, contextIn(locale))).toContain('Piscines Laurentides')
  })

  it('count the bell for none, one and many, capped at 99+', () => {
    const fr = bellWording(translator('fr'))
    expect(countWording(fr, 0)).toBe('Notifications, aucune non lue')
    expect(countWording(fr, 1)).toBe('Notifications, 1 non lue')
    expect(countWording(fr, 7)).toBe('Notifications, 7 non lues')
    expect(countWording(announcementWording(translator('en')), 100)).toBe('99+ unread notifications')
  })
})
