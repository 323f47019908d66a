import type { StaffInvitationEmailProps } from '../email-types'
import { emailWords, fill } from '../email-words'
import { zonedDayTime } from '../zoned-date-text'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * The invitation to join a business's team. It says who invited, as what, and until when (on the
 * business's clock, with the zone), so the person can tell a real invitation from phishing.
 */
export const staffInvitationEmail: EmailTemplate<StaffInvitationEmailProps> = (props, ctx) => {
  const words = emailWords(ctx.locale).staffInvitation
  const business = ctx.brand.name
  const role = props.role === 'admin' ? words.roleAdmin : words.roleStaff
  return {
    subject: fill(words.subject, { inviter: props.inviterName, business }),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, { business })} heading={fill(words.heading, { business })}>
        <Paragraph>{fill(words.intro, { inviter: props.inviterName, business, role })}</Paragraph>
        <ActionButton ctx={ctx} href={props.link} label={words.accept} />
        <Paragraph>
          {fill(words.expiry, { expiry: zonedDayTime(props.expiresAt, ctx.locale, props.timeZone) })}
        </Paragraph>
        <Paragraph>{words.ignore}</Paragraph>
      </EmailLayout>
    ),
  }
}
