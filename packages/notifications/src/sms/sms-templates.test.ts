import { locales } from '@portail/i18n'
import { describe, expect, it } from 'vitest'
import { countSmsSegments } from './segments'
import { renderSms, smsTemplateNames, UnknownSmsTemplateError } from './sms-templates'

const props = {
  serviceName: 'Ouverture de piscine',
  // 13:30 UTC is 9:30 in Montréal on this summer day (UTC-4).
  start: '2026-08-03T13:30:00.000Z',
  timeZone: 'America/Toronto',
  manageUrl: 'https://piscines-laurentides.portail.ca/fr/portal/bookings/0190f0a2-7c1e-7d3a-9b1e-2f4c5d6e7f80',
}

const longName = 'Centre de santé et de beauté Les Îles-de-la-Madeleine et Côte-Nord, soins de spa — fêtes & forêts'

describe('renderSms', () => {
  it('writes the reminder in the recipient’s language, on the business’s clock', () => {
    const fr = renderSms('booking-reminder', props, { locale: 'fr', businessName: 'Piscines Laurentides' })
    expect(fr.body).toContain('Rappel Piscines Laurentides : Ouverture de piscine le lun. 3 aout à 9 h 30.')
    expect(fr.body).toContain('STOP pour ne plus recevoir')
    const en = renderSms('booking-reminder', props, { locale: 'en', businessName: 'Piscines Laurentides' })
    expect(en.body).toContain(
      'Reminder from Piscines Laurentides: Ouverture de piscine on Mon, Aug 3 at 9:30 a.m. Reply',
    )
    expect(en.body).toContain('Reply STOP to opt out')
  })

  it('keeps every template within GSM-7, a reminder in one segment, a change in two at most', () => {
    for (const locale of locales) {
      for (const template of smsTemplateNames) {
        for (const businessName of ['Spa', 'Piscines Laurentides', longName]) {
          for (const serviceName of ['Bain', props.serviceName, `${longName} ${longName}`]) {
            const sms = renderSms(template, { ...props, serviceName }, { locale, businessName })
            const length = countSmsSegments(sms.body)
            expect(length.encoding, `${template} ${locale}: ${sms.body}`).toBe('GSM-7')
            expect(length.segments).toBe(sms.segments)
            expect(sms.segments, `${template} ${locale}: ${sms.body}`).toBeLessThanOrEqual(
              template === 'booking-reminder' ? 1 : 2,
            )
            expect(sms.body).not.toMatch(/undefined|\{|\}|[^.]\.\.\s/)
          }
        }
      }
    }
  })

  it('shortens a long business name to fit the reminder in one segment, keeping its start', () => {
    const sms = renderSms(
      'booking-reminder',
      { ...props, manageUrl: 'https://spa.portail.ca/fr/portal' },
      {
        locale: 'fr',
        businessName: longName,
      },
    )
    expect(sms.segments).toBe(1)
    expect(sms.body).toMatch(/^Rappel Centre de santé et de beauté Les .*\.\.\. : Ouverture de piscine le lun\. 3 aout/)
    expect(sms.body).toContain('https://spa.portail.ca/fr/portal')
  })

  it('leaves the manage link out rather than cut the names to nothing', () => {
    const sms = renderSms(
      'booking-reminder',
      { ...props, serviceName: longName },
      { locale: 'en', businessName: longName },
    )
    expect(sms.segments).toBe(1)
    expect(sms.body).not.toContain('https://')
    expect(sms.body).toContain('Reply STOP to opt out')
  })

  it('refuses a template it does not have', () => {
    // A name from outside the type (an event's payload): an email-only template has no SMS text.
    const template = 'sign-in-code' as (typeof smsTemplateNames)[number]
    expect(() => renderSms(template, props, { locale: 'fr', businessName: 'Spa' })).toThrow(UnknownSmsTemplateError)
  })
})
