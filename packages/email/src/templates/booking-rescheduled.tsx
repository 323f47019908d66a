import { Section, Text } from '@react-email/components'
import type { BookingMessageProps } from '../email-types'
import { emailWords, fill, greeting } from '../email-words'
import { zonedDayTime } from '../zoned-date-text'
import { BookingDetails, forStaff } from './booking-details'
import { subjectDate } from './booking-dates'
import { ActionButton, EmailLayout, Paragraph, paragraph } from './email-layout'
import type { EmailTemplate } from './email-template'

/** A booking moved: the old time struck through, then the new one; the client's or the staff member's version. */
export const bookingRescheduledEmail: EmailTemplate<BookingMessageProps> = (props, ctx) => {
  const all = emailWords(ctx.locale)
  const words = all.bookingRescheduled
  const staff = forStaff(props)
  const newTime = zonedDayTime(props.start, ctx.locale, props.timeZone)
  return {
    subject: fill(words.subject, { service: props.serviceName, date: subjectDate(props, ctx.locale) }),
    element: (
      <EmailLayout
        ctx={ctx}
        preview={fill(words.preview, { date: newTime })}
        heading={staff ? words.headingStaff : words.heading}
      >
        <Paragraph>{greeting(all.booking, props.recipientName)}</Paragraph>
        <Paragraph>
          {staff
            ? fill(words.introStaff, { client: props.clientName ?? '' })
            : fill(words.intro, { business: ctx.brand.name })}
        </Paragraph>
        {props.previousStart ? (
          <Section>
            <Text style={{ ...paragraph, color: '#4b5563' }}>
              {fill(words.before, { date: zonedDayTime(props.previousStart, ctx.locale, props.timeZone) })}
            </Text>
            <Text style={{ ...paragraph, fontWeight: 700 }}>{fill(words.after, { date: newTime })}</Text>
          </Section>
        ) : null}
        <BookingDetails props={props} ctx={ctx} />
        <ActionButton ctx={ctx} href={props.manageUrl} label={staff ? all.booking.manageStaff : all.booking.manage} />
      </EmailLayout>
    ),
  }
}
