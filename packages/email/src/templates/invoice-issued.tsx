import type { InvoiceIssuedEmailProps } from '../billing-email-types'
import { fill } from '../email-words'
import { billingGreeting, billingWords, calendarDayText, moneyText } from './billing-words'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** An invoice or credit note was issued: its number, amount and due date; the PDF rides along. */
export const invoiceIssuedEmail: EmailTemplate<InvoiceIssuedEmailProps> = (props, ctx) => {
  const all = billingWords(ctx.locale)
  const words = all.invoiceIssued
  const credit = props.kind === 'credit_note'
  const values = { number: props.number, business: ctx.brand.name, amount: moneyText(props.totalCents, ctx.locale) }
  return {
    subject: fill(credit ? words.subjectCreditNote : words.subject, values),
    element: (
      <EmailLayout
        ctx={ctx}
        preview={fill(words.preview, values)}
        heading={credit ? words.headingCreditNote : words.heading}
      >
        <Paragraph>{billingGreeting(ctx.locale, props.recipientName)}</Paragraph>
        <Paragraph>{fill(credit ? words.introCreditNote : words.intro, values)}</Paragraph>
        {!credit && props.dueDate ? (
          <Paragraph>{fill(words.due, { date: calendarDayText(props.dueDate, ctx.locale) })}</Paragraph>
        ) : null}
        <Paragraph>{all.attached}</Paragraph>
        <ActionButton ctx={ctx} href={props.link} label={words.view} />
      </EmailLayout>
    ),
  }
}
