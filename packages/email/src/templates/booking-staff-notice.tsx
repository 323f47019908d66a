import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { BookingDetails, clientNameOf } from './booking-details'
import { subjectDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** A new booking, told to the staff member it is with (props.clientName names the client). */
export const bookingStaffNoticeEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingStaffNotice
  const client = clientNameOf(props)
  return {
    subject: fill(words.subject, { client, date: subjectDate(props, ctx.locale) }),
    element: (
      <EmailLayout
        ctx={ctx}
        preview={fill(words.preview, { client, service: props.serviceName })}
        heading={words.heading}
      >
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>{fill(words.intro, { client, service: props.serviceName })}</Paragraph>
        <BookingDetails props={props} ctx={ctx} />
        <ActionButton ctx={ctx} href={props.manageUrl} label={all.booking.manageStaff} />
      </EmailLayout>
    ),
  }
}
