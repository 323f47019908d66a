import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { BookingDetails, forStaff } from './booking-details'
import { bookAgainUrl, feeText, sentenceDate, subjectDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * A cancelled booking: who cancelled it (the client, the business, or the system: an unpaid hold),
 * and the fee if one applies (feeCents; 0 says no fee applies). With clientName it is the staff
 * member's version, without the invitation to book again.
 */
export const bookingCancelledEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingCancelled
  const date = sentenceDate(props, ctx.locale)
  const business = ctx.brand.name
  const by = props.by ?? 'system'
  const staff = forStaff(props)
  const client = props.clientName ?? ''
  const what = staff
    ? fill({ client: words.staffByClient, staff: words.staffByStaff, system: words.staffBySystem }[by], {
        client,
        date,
      })
    : fill({ client: words.byClient, staff: words.byStaff, system: words.bySystem }[by], { business, date })
  const fee =
    props.feeCents === undefined
      ? null
      : props.feeCents > 0
        ? fill(words.fee, { amount: feeText(props.feeCents, ctx.locale) })
        : words.noFee
  return {
    subject: fill(words.subject, { service: props.serviceName, date: subjectDate(props, ctx.locale) }),
    element: (
      <EmailLayout
        ctx={ctx}
        preview={fill(words.preview, { service: props.serviceName, date })}
        heading={words.heading}
      >
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>{what}</Paragraph>
        <BookingDetails props={props} ctx={ctx} />
        {fee ? <Paragraph>{fee}</Paragraph> : null}
        {staff ? null : (
          <ActionButton ctx={ctx} href={bookAgainUrl(ctx.brand.portalUrl, ctx.locale)} label={words.rebook} />
        )}
      </EmailLayout>
    ),
  }
}
