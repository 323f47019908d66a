import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { BookingDetails } from './booking-details'
import { bookAgainUrl, feeText, sentenceDate, subjectDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** The client missed the appointment: said plainly, with the fee if one applies, and a way to book again. */
export const bookingNoShowEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingNoShow
  const date = sentenceDate(props, ctx.locale)
  return {
    subject: fill(words.subject, { service: props.serviceName, date: subjectDate(props, ctx.locale) }),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, { date })} heading={words.heading}>
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>{fill(words.intro, { date })}</Paragraph>
        <BookingDetails props={props} ctx={ctx} />
        {props.feeCents !== undefined && props.feeCents > 0 ? (
          <Paragraph>{fill(words.fee, { amount: feeText(props.feeCents, ctx.locale) })}</Paragraph>
        ) : null}
        <ActionButton ctx={ctx} href={bookAgainUrl(ctx.brand.portalUrl, ctx.locale)} label={words.rebook} />
      </EmailLayout>
    ),
  }
}
