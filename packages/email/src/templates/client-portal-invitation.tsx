import type { ClientPortalInvitationEmailProps } from '../email-types'
import { emailWords, fill } from '../email-words'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * A business invites a client it recorded to its portal. No token: the client signs in with the
 * email the business has on file, and joining links that client record to the account.
 */
export const clientPortalInvitationEmail: EmailTemplate<ClientPortalInvitationEmailProps> = ({ clientName }, ctx) => {
  const words = emailWords(ctx.locale).clientPortalInvitation
  const business = ctx.brand.name
  return {
    subject: fill(words.subject, { business }),
    element: (
      <EmailLayout ctx={ctx} preview={words.preview} heading={fill(words.subject, { business })}>
        <Paragraph>{fill(words.greeting, { name: clientName })}</Paragraph>
        <Paragraph>{fill(words.intro, { business })}</Paragraph>
        <ActionButton ctx={ctx} href={`${ctx.brand.portalUrl.replace(/\/+$/, '')}/`} label={words.open} />
        <Paragraph>{words.signIn}</Paragraph>
      </EmailLayout>
    ),
  }
}
