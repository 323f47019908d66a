import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { BookingDetails, clientNameOf } from './booking-details'
import { subjectDate } from './booking-dates'
import { EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * A booking moved to another staff member, told to the one it was with (props.clientName names the
 * client; the details show who has it now). No button: the booking is no longer theirs to open.
 */
export const bookingUnassignedEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingUnassigned
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
      </EmailLayout>
    ),
  }
}
