import type { PaymentReceiptEmailProps } from '../billing-email-types'
import { fill } from '../email-words'
import { billingGreeting, billingWords, dayText, moneyText } from './billing-words'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * A payment succeeded. The client's version is the receipt (its PDF attached when the payment has
 * a numbered receipt); with `clientName` it is the staff member's notice.
 */
export const paymentReceiptEmail: EmailTemplate<PaymentReceiptEmailProps> = (props, ctx) => {
  const all = billingWords(ctx.locale)
  const words = all.paymentReceipt
  const amount = moneyText(props.amountCents, ctx.locale)
  const date = dayText(props.receivedAt, ctx.locale, props.timeZone)
  const preview = fill(words.preview, { amount })
  if (props.clientName !== undefined) {
    return {
      subject: fill(words.staffSubject, { client: props.clientName, amount }),
      element: (
        <EmailLayout ctx={ctx} preview={preview} heading={words.heading}>
          <Paragraph>{billingGreeting(ctx.locale, props.recipientName)}</Paragraph>
          <Paragraph>{fill(words.staffIntro, { client: props.clientName, amount, date })}</Paragraph>
          {props.invoiceNumber ? (
            <Paragraph>{fill(words.forInvoice, { number: props.invoiceNumber })}</Paragraph>
          ) : null}
          <ActionButton ctx={ctx} href={props.link} label={words.viewStaff} />
        </EmailLayout>
      ),
    }
  }
  return {
    subject: fill(words.subject, { business: ctx.brand.name, amount }),
    element: (
      <EmailLayout ctx={ctx} preview={preview} heading={words.heading}>
        <Paragraph>{billingGreeting(ctx.locale, props.recipientName)}</Paragraph>
        <Paragraph>{fill(words.intro, { amount, date })}</Paragraph>
        {props.invoiceNumber ? <Paragraph>{fill(words.forInvoice, { number: props.invoiceNumber })}</Paragraph> : null}
        {props.receiptNumber ? (
          <Paragraph>
            {fill(words.receipt, { number: props.receiptNumber })}. {all.attached}
          </Paragraph>
        ) : null}
        <ActionButton ctx={ctx} href={props.link} label={words.view} />
      </EmailLayout>
    ),
  }
}
