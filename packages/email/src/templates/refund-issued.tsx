import type { RefundIssuedEmailProps } from '../billing-email-types'
import { fill } from '../email-words'
import { billingGreeting, billingWords, moneyText } from './billing-words'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** A refund went through: the amount, when it shows at the bank, and the credit note (attached). */
export const refundIssuedEmail: EmailTemplate<RefundIssuedEmailProps> = (props, ctx) => {
  const words = billingWords(ctx.locale).refundIssued
  const values = { amount: moneyText(props.amountCents, ctx.locale), business: ctx.brand.name }
  return {
    subject: fill(words.subject, values),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, values)} heading={words.heading}>
        <Paragraph>{billingGreeting(ctx.locale, props.recipientName)}</Paragraph>
        <Paragraph>{fill(words.intro, values)}</Paragraph>
        <Paragraph>{words.delay}</Paragraph>
        {props.creditNoteNumber ? (
          <Paragraph>{fill(words.creditNote, { number: props.creditNoteNumber })}</Paragraph>
        ) : null}
        <ActionButton ctx={ctx} href={props.link} label={words.view} />
      </EmailLayout>
    ),
  }
}
