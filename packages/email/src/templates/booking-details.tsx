import { Section, Text } from '@react-email/components'
import type { BookingMessageProps, EmailContext } from '../email-types'
import { emailWords } from '../email-words'
import { zonedDayTime } from '../zoned-date-text'
import { paragraph } from './email-layout'

const label = { color: '#4b5563', fontSize: '13px' }
const value = { ...paragraph, margin: '8px 0' }

/**
 * The booking at a glance: when (on the business's clock, with its zone), what, with whom, where;
 * for a staff member, for which client. A line without a value (no staff, no address) is left out.
 */
export function BookingDetails({ props, ctx }: { props: BookingMessageProps; ctx: EmailContext }) {
  const words = emailWords(ctx.locale).booking
  const rows: [string, string][] = [
    [words.when, zonedDayTime(props.start, ctx.locale, props.timeZone)],
    [words.service, props.serviceName],
  ]
  if (props.clientName) rows.push([words.client, props.clientName])
  if (props.staffName) rows.push([words.with, props.staffName])
  if (props.address) rows.push([words.where, props.address])
  return (
    <Section style={{ borderLeft: '3px solid #e5e7eb', margin: '16px 0', paddingLeft: '12px' }}>
      {rows.map(([name, text]) => (
        <Text key={name} style={value}>
          <span style={label}>{name}</span>
          <br />
          {text}
        </Text>
      ))}
    </Section>
  )
}

/** A staff member's version of a message: the props name the client the booking is for. */
export const forStaff = (props: BookingMessageProps) => props.clientName !== undefined

/** The client's name in a staff notice; a notice without one is a caller's bug. */
export function clientNameOf(props: BookingMessageProps): string {
  if (!props.clientName) throw new Error('a staff notice needs the client’s name (clientName)')
  return props.clientName
}
