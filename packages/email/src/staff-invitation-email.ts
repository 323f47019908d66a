import { createFormatters, intlLocales } from '@portail/i18n'

export interface InvitationEmail {
  subject: string
  text: string
}

export interface StaffInvitationEmailInput {
  locale: 'fr' | 'en'
  businessName: string
  inviterName: string
  role: 'admin' | 'staff'
  /** `{proto}://{slug}.{root}/invitations/{token}`: the only copy of the token that leaves us. */
  link: string
  expiresAt: Date
  /** The business's IANA time zone: the expiry reads in the business's own clock. */
  timeZone: string
}

const roleNames = {
  fr: { admin: 'administrateur', staff: 'membre de l’équipe' },
  en: { admin: 'admin', staff: 'team member' },
} as const

/**
 * When the link stops working, in the business's time zone and the message's language, written
 * as every date and time in Portail ("mercredi 2 décembre 2026 à 18 h 30 (HNE)"), with the zone:
 * the invitee may live on another clock.
 */
export function formatExpiry(expiresAt: Date, locale: 'fr' | 'en', timeZone: string): string {
  const zone = new Intl.DateTimeFormat(intlLocales[locale], { timeZone, timeZoneName: 'short' })
    .formatToParts(expiresAt)
    .find((part) => part.type === 'timeZoneName')?.value
  const when = createFormatters({ locale, timeZone }).dayTime(expiresAt)
  return zone ? `${when} (${zone})` : when
}

/**
 * The invitation to join a business's team, plain text in the business's default language (the
 * invitee has no account yet, so no language of their own). It says who invited, as what, and
 * until when, so the person can tell a real invitation from a phishing attempt.
 */
export function staffInvitationEmail(input: StaffInvitationEmailInput): InvitationEmail {
  const { locale, businessName, inviterName, link } = input
  const role = roleNames[locale][input.role]
  const expiry = formatExpiry(input.expiresAt, locale, input.timeZone)
  if (locale === 'en') {
    return {
      subject: `${inviterName} invites you to join ${businessName} on Portail`,
      text: [
        `${inviterName} invites you to join the team of ${businessName} as ${role}.`,
        '',
        `Accept the invitation: ${link}`,
        '',
        `The link works until ${expiry}, once. Sign in with this email address to accept it.`,
        'If you were not expecting this invitation, ignore this message.',
      ].join('\n'),
    }
  }
  return {
    subject: `${inviterName} vous invite à rejoindre ${businessName} sur Portail`,
    text: [
      `${inviterName} vous invite à rejoindre l’équipe de ${businessName} en tant que ${role}.`,
      '',
      `Accepter l’invitation : ${link}`,
      '',
      `Le lien est valable jusqu’au ${expiry}, une seule fois. Connectez-vous avec cette adresse courriel pour l’accepter.`,
      'Si vous n’attendiez pas cette invitation, ignorez ce message.',
    ].join('\n'),
  }
}
