import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { sentenceDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * A held time released because the booking was not completed in time (an unpaid deposit): the
 * time is free again, and the button (manageUrl) leads back to booking.
 */
export const bookingHoldExpiredEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingHoldExpired
  return {
    subject: fill(words.subject, { service: props.serviceName }),
    element: (
      <EmailLayout ctx={ctx} preview={fill(words.preview, { service: props.serviceName })} heading={words.heading}>
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>
          {fill(words.intro, { date: sentenceDate(props, ctx.locale), service: props.serviceName })}
        </Paragraph>
        <ActionButton ctx={ctx} href={props.manageUrl} label={words.rebook} />
      </EmailLayout>
    ),
  }
}
