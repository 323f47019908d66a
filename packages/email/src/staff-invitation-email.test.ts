import { describe, expect, it } from 'vitest'
import { clientPortalInvitationEmail } from './client-portal-invitation-email'
import { staffInvitationEmail } from './staff-invitation-email'

const base = {
  businessName: 'Piscines Soleil',
  inviterName: 'Marie Tremblay',
  role: 'admin' as const,
  link: 'https://piscines-soleil.portail.ca/invitations/abc',
  // 23:30 UTC on Dec 2 is 18:30 on Dec 2 in Toronto and already Dec 3 in Paris.
  expiresAt: new Date('2026-12-02T23:30:00Z'),
  timeZone: 'America/Toronto',
}

describe('staff invitation email', () => {
  it('names the business, the inviter, the role, the link and the expiry in French', () => {
    const mail = staffInvitationEmail({ ...base, locale: 'fr' })
    expect(mail.subject).toBe('Marie Tremblay vous invite à rejoindre Piscines Soleil sur Portail')
    expect(mail.text).toContain('en tant que administrateur')
    expect(mail.text).toContain(base.link)
    expect(mail.text.replace(/\u00a0/g, ' ')).toContain('jusqu’au mercredi 2 décembre 2026 à 18 h 30 (HNE), une seule fois')
  })

  it('writes the expiry in the business’s time zone, in English', () => {
    const mail = staffInvitationEmail({ ...base, locale: 'en', role: 'staff' })
    expect(mail.text).toContain('as team member')
    expect(mail.text.replace(/\u00a0/g, ' ')).toContain('until Wednesday, December 2, 2026 at 6:30 p.m. (EST), once')
    expect(staffInvitationEmail({ ...base, locale: 'en', timeZone: 'Europe/Paris' }).text).toMatch(/December 3, 2026/)
  })
})

describe('client portal invitation email', () => {
  it('greets the client in its language and points at the portal', () => {
    const input = { businessName: 'Clinique Bravo', clientName: 'Luc', portalUrl: 'https://bravo.portail.ca/' }
    expect(clientPortalInvitationEmail({ ...input, locale: 'fr' }).text).toContain('Bonjour Luc,')
    expect(clientPortalInvitationEmail({ ...input, locale: 'en' }).subject).toBe(
      'Clinique Bravo invites you to its client portal',
    )
    expect(clientPortalInvitationEmail({ ...input, locale: 'en' }).text).toContain('https://bravo.portail.ca/')
  })
})
