import { createFormatters } from '@portail/i18n'
import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { reminderLeadText } from '../zoned-date-text'
import { BookingDetails } from './booking-details'
import { sentenceDate, subjectDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/**
 * The reminder sent `leadHours` before the appointment: "demain" / "tomorrow" for a 24-hour one,
 * "dans 1 heure" / "in 1 hour" for a 1-hour one, and words that stay true for other lead times
 * (see reminderLeadText). Without leadHours it only gives the date.
 */
export const bookingReminderEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingReminder
  const date = sentenceDate(props, ctx.locale)
  const business = ctx.brand.name
  const relative =
    props.leadHours === undefined ? null : reminderLeadText(props.start, props.leadHours, ctx.locale, props.timeZone)
  const time = createFormatters({ locale: ctx.locale, timeZone: props.timeZone }).time(props.start)
  return {
    subject:
      relative === null
        ? fill(words.subjectNoLead, { service: props.serviceName, date: subjectDate(props, ctx.locale) })
        : fill(words.subject, { service: props.serviceName, relative }),
    element: (
      <EmailLayout
        ctx={ctx}
        preview={relative === null ? date : fill(words.preview, { relative, time })}
        heading={words.heading}
      >
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>
          {relative === null
            ? fill(words.introNoLead, { business, date })
            : fill(words.intro, { business, relative, date })}
        </Paragraph>
        <BookingDetails props={props} ctx={ctx} />
        <Paragraph>{words.change}</Paragraph>
        <ActionButton ctx={ctx} href={props.manageUrl} label={all.booking.manage} />
      </EmailLayout>
    ),
  }
}
