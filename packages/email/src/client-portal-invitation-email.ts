import type { InvitationEmail } from './staff-invitation-email'

export interface ClientPortalInvitationEmailInput {
  /** The client's own language, as the business recorded it. */
  locale: 'fr' | 'en'
  businessName: string
  clientName: string
  /** The business's portal: `{proto}://{slug}.{root}/`. */
  portalUrl: string
}

/**
 * A business invites a client it recorded to its portal. No token: the client signs in with the
 * email the business has on file, and joining links that existing client record to the account.
 */
export function clientPortalInvitationEmail(input: ClientPortalInvitationEmailInput): InvitationEmail {
  const { businessName, clientName, portalUrl } = input
  if (input.locale === 'en') {
    return {
      subject: `${businessName} invites you to its client portal`,
      text: [
        `Hello ${clientName},`,
        '',
        `${businessName} invites you to its client portal, where you can follow your appointments, invoices and messages.`,
        '',
        `Open the portal: ${portalUrl}`,
        '',
        'Sign in with this email address: your client record is already waiting for you.',
      ].join('\n'),
    }
  }
  return {
    subject: `${businessName} vous invite sur son portail client`,
    text: [
      `Bonjour ${clientName},`,
      '',
      `${businessName} vous invite sur son portail client, où vous suivez vos rendez-vous, factures et messages.`,
      '',
      `Ouvrir le portail : ${portalUrl}`,
      '',
      'Connectez-vous avec cette adresse courriel : votre dossier client vous y attend déjà.',
    ].join('\n'),
  }
}
