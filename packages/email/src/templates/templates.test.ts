import { describe, expect, it } from 'vitest'
import {
  type BookingMessageProps,
  type EmailBrand,
  type EmailPropsByTemplate,
  emailTemplateNames,
} from '../email-types'
import { renderEmail } from '../render-email'
import { billingEssentials, billingProps } from './billing-templates.fixtures'

const brand: EmailBrand = {
  name: 'Piscines Laurentides',
  logoUrl: 'https://piscines-laurentides.portail.ca/api/logo/3',
  color: '#0e7490',
  addressLines: ['12 rue Principale', 'Saint-Sauveur QC J0R 1R0'],
  privacyContact: 'vie-privee@piscines-laurentides.example',
  portalUrl: 'https://piscines-laurentides.portail.ca',
}

// 14:00 UTC on Dec 8 is 9:00 in Toronto (EST).
const booking: BookingMessageProps = {
  recipientName: 'Élodie',
  serviceName: 'Ouverture de piscine',
  start: '2026-12-08T14:00:00.000Z',
  end: '2026-12-08T15:00:00.000Z',
  timeZone: 'America/Toronto',
  staffName: 'Mathieu Roy',
  address: '45 chemin du Lac, Morin-Heights',
  manageUrl: 'https://piscines-laurentides.portail.ca/fr/portal/appointments/0192',
}

const props: EmailPropsByTemplate = {
  'sign-in-code': { code: '042917', validMinutes: 10 },
  'step-up-code': { code: '204761', validMinutes: 10 },
  'staff-invitation': {
    inviterName: 'Sophie Lavoie',
    role: 'admin',
    link: 'https://piscines-laurentides.portail.ca/invitations/tok123',
    expiresAt: '2026-12-02T23:30:00Z',
    timeZone: 'America/Toronto',
  },
  'client-portal-invitation': { clientName: 'Luc Martin' },
  'booking-confirmed': booking,
  'booking-staff-notice': { ...booking, recipientName: 'Mathieu', clientName: 'Élodie Gagnon' },
  'booking-reminder': { ...booking, leadHours: 24 },
  'booking-cancelled': { ...booking, by: 'staff', feeCents: 2500 },
  'booking-rescheduled': { ...booking, previousStart: '2026-12-07T19:30:00.000Z' },
  'booking-hold-expired': { ...booking, manageUrl: 'https://piscines-laurentides.portail.ca/fr/portal/book' },
  'booking-no-show': { ...booking, feeCents: 5000 },
  'booking-unassigned': { ...booking, recipientName: 'Jordan', clientName: 'Élodie Gagnon', staffName: 'Mathieu' },
  ...billingProps,
}

/** What each message's plain text must carry for the recipient to act without the HTML. */
const essentials: Record<keyof EmailPropsByTemplate, string[]> = {
  'sign-in-code': ['042917'],
  'step-up-code': ['204761'],
  'staff-invitation': ['https://piscines-laurentides.portail.ca/invitations/tok123'],
  'client-portal-invitation': ['https://piscines-laurentides.portail.ca'],
  'booking-confirmed': [booking.manageUrl, 'Ouverture de piscine'],
  'booking-staff-notice': [booking.manageUrl, 'Élodie Gagnon'],
  'booking-reminder': [booking.manageUrl],
  'booking-cancelled': ['Ouverture de piscine'],
  'booking-rescheduled': [booking.manageUrl],
  'booking-hold-expired': ['https://piscines-laurentides.portail.ca/fr/portal/book'],
  'booking-no-show': ['https://piscines-laurentides.portail.ca/'],
  'booking-unassigned': ['Élodie Gagnon', 'Ouverture de piscine'],
  ...billingEssentials,
}

const dateOf = { fr: /8 décembre 2026 à 9\sh/, en: /December 8, 2026 at 9:00\sa\.m\./ }
const bookingTemplates = emailTemplateNames.filter(
  (name) => name.startsWith('booking-') && name !== 'booking-hold-expired',
)

describe.each(['fr', 'en'] as const)('every template in %s', (locale) => {
  it.each(emailTemplateNames)('%s: no raw key or placeholder, essentials in the text, branded footer', async (name) => {
    const mail = await renderEmail(name, props[name], { locale, brand })
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/undefined|null|NaN|\{\w+\}|email\.\w+\.\w+/)
    }
    expect(mail.subject.length).toBeGreaterThan(5)
    for (const essential of essentials[name]) expect(mail.text).toContain(essential)
    expect(mail.text).toContain('Saint-Sauveur QC J0R 1R0')
    expect(mail.text).toContain('vie-privee@piscines-laurentides.example')
    expect(mail.html).toContain(`lang="${locale}"`)
    expect(mail.html).toContain('https://piscines-laurentides.portail.ca/api/logo/3')
    if (bookingTemplates.includes(name)) expect(mail.text).toMatch(dateOf[locale])
  })
})

describe('subjects and wording per language', () => {
  const subjectOf = async (name: keyof EmailPropsByTemplate, locale: 'fr' | 'en') =>
    (await renderEmail(name, props[name], { locale, brand })).subject

  it('writes each subject in the recipient’s language', async () => {
    expect(await subjectOf('sign-in-code', 'en')).toBe('042917 is your Piscines Laurentides sign-in code')
    expect(await subjectOf('step-up-code', 'fr')).toBe('204761 confirme votre action dans Piscines Laurentides')
    expect(await subjectOf('staff-invitation', 'fr')).toBe(
      'Sophie Lavoie vous invite à rejoindre Piscines Laurentides sur Portail',
    )
    expect(await subjectOf('booking-confirmed', 'fr')).toMatch(
      /^Rendez-vous confirmé : Ouverture de piscine, 8 déc\. 2026/,
    )
    expect(await subjectOf('booking-confirmed', 'en')).toMatch(
      /^Appointment confirmed: Ouverture de piscine, Dec 8, 2026/,
    )
    expect(await subjectOf('booking-reminder', 'fr')).toBe('Rappel : Ouverture de piscine demain')
    expect(await subjectOf('booking-reminder', 'en')).toBe('Reminder: Ouverture de piscine tomorrow')
  })

  it('writes the staff invitation’s expiry on the business’s clock, with the zone', async () => {
    const mail = await renderEmail('staff-invitation', props['staff-invitation'], { locale: 'fr', brand })
    expect(mail.text.replace(/\u00a0/g, ' ')).toContain('jusqu’au mercredi 2 décembre 2026 à 18 h 30 (HNE)')
    expect(mail.text).toContain('en tant que administrateur')
  })

  it('reminds "in 1 hour" for a one-hour lead and "après-demain" for a 36-hour one sent the evening before last', async () => {
    const hour = await renderEmail('booking-reminder', { ...booking, leadHours: 1 }, { locale: 'en', brand })
    expect(hour.subject).toBe('Reminder: Ouverture de piscine in 1 hour')
    const far = await renderEmail('booking-reminder', { ...booking, leadHours: 36 }, { locale: 'fr', brand })
    expect(far.subject).toBe('Rappel : Ouverture de piscine après-demain')
  })

  it('says who cancelled and the fee, in the client’s or the staff member’s version', async () => {
    const byStaff = await renderEmail('booking-cancelled', props['booking-cancelled'], { locale: 'fr', brand })
    expect(byStaff.text).toContain('Piscines Laurentides a annulé votre rendez-vous')
    expect(byStaff.text.replace(/\u00a0/g, ' ')).toContain('25,00 $')
    const byClient = await renderEmail(
      'booking-cancelled',
      { ...booking, by: 'client', feeCents: 0 },
      { locale: 'en', brand },
    )
    expect(byClient.text).toContain('cancelled at your request')
    expect(byClient.text).toContain('No fee applies.')
    const staffCopy = await renderEmail(
      'booking-cancelled',
      { ...booking, by: 'client', clientName: 'Élodie Gagnon' },
      { locale: 'en', brand },
    )
    expect(staffCopy.text).toContain('Élodie Gagnon cancelled their appointment')
    expect(staffCopy.text).not.toContain('/portal/book')
  })

  it('greets without a name when the recipient has none (a member without a public name)', async () => {
    const mail = await renderEmail(
      'booking-staff-notice',
      { ...props['booking-staff-notice'], recipientName: ' ' },
      {
        locale: 'en',
        brand,
      },
    )
    expect(mail.text).toMatch(/^Hello,$/m)
  })

  it('shows the old and the new time of a moved booking', async () => {
    const mail = await renderEmail('booking-rescheduled', props['booking-rescheduled'], { locale: 'en', brand })
    expect(mail.text.replace(/\u00a0/g, ' ')).toMatch(/Before: Monday, December 7, 2026 at 2:30 p\.m\. \(EST\)/)
    expect(mail.text.replace(/\u00a0/g, ' ')).toMatch(/Now: Tuesday, December 8, 2026 at 9:00 a\.m\. \(EST\)/)
  })

  it('carries the unsubscribe link only when given (non-essential mail)', async () => {
    const unsubscribeUrl = 'https://piscines-laurentides.portail.ca/api/unsubscribe?token=abc'
    const reminder = await renderEmail('booking-reminder', props['booking-reminder'], {
      locale: 'fr',
      brand,
      unsubscribeUrl,
    })
    expect(reminder.html).toContain(unsubscribeUrl)
    expect(reminder.text).toContain('Ne plus recevoir ce type de message')
    const code = await renderEmail('sign-in-code', props['sign-in-code'], { locale: 'fr', brand })
    expect(code.text).not.toContain('Ne plus recevoir')
  })

  it('leaves out a logo that is not an http(s) address and a colour that is not a colour', async () => {
    const mail = await renderEmail('sign-in-code', props['sign-in-code'], {
      locale: 'en',
      brand: { ...brand, logoUrl: 'javascript:alert(1)', color: 'red;background:url(x)' },
    })
    expect(mail.html).not.toContain('javascript:')
    expect(mail.html).not.toContain('url(x)')
  })
})
