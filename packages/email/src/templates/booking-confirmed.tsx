import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { BookingDetails } from './booking-details'
import { sentenceDate, subjectDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** The client's confirmation of a booking (the .ics travels as an attachment chosen by the caller). */
export const bookingConfirmedEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingConfirmed
  return {
    subject: fill(words.subject, { service: props.serviceName, date: subjectDate(props, ctx.locale) }),
    element: (
      <EmailLayout
        ctx={ctx}
        preview={fill(words.preview, { service: props.serviceName, date: sentenceDate(props, ctx.locale) })}
        heading={words.heading}
      >
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>{fill(words.intro, { business: ctx.brand.name })}</Paragraph>
        <BookingDetails props={props} ctx={ctx} />
        <ActionButton ctx={ctx} href={props.manageUrl} label={all.booking.manage} />
      </EmailLayout>
    ),
  }
}
