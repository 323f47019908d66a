import { catalogs, createFormatters, type Locale } from '@portail/i18n'
import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { type ActivityFacts, activitySentence } from './activity-sentence'

const start = new Date('2026-11-24T13:30:00Z') // Tuesday 8:30 in Toronto
const appointment = { serviceNameFr: 'Ouverture de piscine', serviceNameEn: 'Pool opening', start }

const sentenceIn = (locale: Locale) => {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: 'portalActivity' })
  const format = createFormatters({ locale, timeZone: 'America/Toronto' })
  return (entry: ActivityFacts) =>
    activitySentence(t, entry, { business: 'Piscines Laurentides', locale, when: (at) => format.dateTime(at) })
}

describe('client activity sentences', () => {
  it('says what the client did to an appointment, naming the service and its time on the business clock', () => {
    const en = sentenceIn('en')
    const when = createFormatters({ locale: 'en', timeZone: 'America/Toronto' }).dateTime(start)
    expect(when).toContain('8:30')
    // The time's "a.m." ends the sentence: no second period ("8:30 a.m..").
    expect(en({ action: 'booking.created', byYou: true, appointment })).toBe(`You booked Pool opening for ${when}`)
    expect(en({ action: 'booking.rescheduled', byYou: true, appointment })).toBe(`You moved Pool opening to ${when}`)
    expect(en({ action: 'booking.cancelled', byYou: true, appointment })).toBe(`You cancelled Pool opening of ${when}`)
    expect(en({ action: 'booking.created', byYou: true, appointment })).toMatch(/8:30\u00a0a\.m\.$/)
  })

  it('says when the business acted instead, in French too', () => {
    const fr = sentenceIn('fr')
    const when = createFormatters({ locale: 'fr', timeZone: 'America/Toronto' }).dateTime(start)
    expect(fr({ action: 'booking.created', byYou: true, appointment })).toBe(
      `Vous avez réservé Ouverture de piscine pour le ${when}.`,
    )
    expect(fr({ action: 'booking.moved', byYou: false, appointment })).toBe(
      `Piscines Laurentides a déplacé votre rendez-vous Ouverture de piscine au ${when}.`,
    )
    expect(fr({ action: 'booking.cancelled', byYou: false, appointment })).toContain('Piscines Laurentides a annulé')
  })

  it.each(['fr', 'en'] as const)(
    'gives every appointment action its own sentence, never "you changed your file" (%s)',
    (locale) => {
      const sentence = sentenceIn(locale)
      const changed = catalogs[locale].portalActivity.otherByYou
      const actions = [
        ['booking.created', true],
        ['booking.created', false],
        ['booking.rescheduled', true],
        ['booking.moved', false],
        ['booking.cancelled', true],
        ['booking.cancelled', false],
        ['booking.completed', false],
        ['booking.no_show', false],
        ['booking.hold_expired', false],
        ['bookingSeries.created', false],
        ['client.archived', false],
        ['client.unarchived', false],
        ['client.unlinked', false],
      ] as const
      const sentences = actions.map(([action, byYou]) => sentence({ action, byYou, appointment }))
      expect(sentences.filter((text) => text === changed || text.includes('{'))).toEqual([])
      expect(new Set(sentences).size).toBe(actions.length)
    },
  )

  it('still makes a sentence when the appointment cannot be read', () => {
    expect(sentenceIn('en')({ action: 'booking.cancelled', byYou: true, appointment: null })).toBe(
      'You cancelled an appointment of a time not recorded',
    )
  })
})
