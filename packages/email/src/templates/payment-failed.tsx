import type { PaymentFailedEmailProps } from '../billing-email-types'
import { fill } from '../email-words'
import { billingGreeting, billingWords, moneyText } from './billing-words'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * A card payment failed. The client is told plainly, with the bank's reason when there is one, and
 * a link to pay again or update the card; with `clientName` it is the staff member's notice.
 */
export const paymentFailedEmail: EmailTemplate<PaymentFailedEmailProps> = (props, ctx) => {
  const words = billingWords(ctx.locale).paymentFailed
  const amount = moneyText(props.amountCents, ctx.locale)
  const reason = props.failureMessage?.trim() ? (
    <Paragraph>{fill(words.reason, { reason: props.failureMessage.trim() })}</Paragraph>
  ) : null
  if (props.clientName !== undefined) {
    return {
      subject: fill(words.staffSubject, { client: props.clientName, amount }),
      element: (
        <EmailLayout ctx={ctx} preview={fill(words.preview, { amount })} heading={words.heading}>
          <Paragraph>{billingGreeting(ctx.locale, props.recipientName)}</Paragraph>
          <Paragraph>{fill(words.staffIntro, { client: props.clientName, amount })}</Paragraph>
          {reason}
          <ActionButton ctx={ctx} href={props.link} label={words.viewStaff} />
        </EmailLayout>
      ),
    }
  }
  return {
    subject: fill(words.subject, { amount }),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, { amount })} heading={words.heading}>
        <Paragraph>{billingGreeting(ctx.locale, props.recipientName)}</Paragraph>
        <Paragraph>{fill(words.intro, { amount, business: ctx.brand.name })}</Paragraph>
        {reason}
        <Paragraph>{words.retry}</Paragraph>
        <ActionButton ctx={ctx} href={props.link} label={words.action} />
      </EmailLayout>
    ),
  }
}
