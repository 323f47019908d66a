import { createFormatters, type Locale } from '@portail/i18n'
import { countSmsSegments, gsmLength, toGsm7 } from './segments'

/** The messages that may go by SMS: a client's reminders and changes to their booking. */
export const smsTemplateNames = [
  'booking-reminder',
  'booking-confirmed',
  'booking-cancelled',
  'booking-rescheduled',
  'booking-hold-expired',
] as const
export type SmsTemplateName = (typeof smsTemplateNames)[number]

export const isSmsTemplate = (name: string): name is SmsTemplateName =>
  (smsTemplateNames as readonly string[]).includes(name)

/** What a booking SMS needs of the booking message's props (BookingMessageProps of @portail/email). */
export interface SmsBookingProps {
  serviceName: string
  /** ISO instants. */
  start: string
  timeZone: string
  manageUrl: string
}

export interface SmsContext {
  locale: Locale
  businessName: string
}

export interface RenderedSms {
  body: string
  segments: number
}

export class UnknownSmsTemplateError extends Error {
  constructor(readonly template: string) {
    super(`No SMS template named ${JSON.stringify(template)}`)
    this.name = 'UnknownSmsTemplateError'
  }
}

interface Slots {
  business: string
  service: string
  when: string
  link: string
}

/** `when` ending a sentence: "9:30 a.m." takes no second full stop. */
const endOf = (when: string) => (when.endsWith('.') ? when : `${when}.`)

/**
 * The words, written within GSM-7 (à, é, è, ù are in it; ê, ô, î, ç, « », ’ are not: "arrêter",
 * "reçu" or a typographic apostrophe would turn a message into UCS-2, 70 characters a segment).
 * Each text ends with how to stop them, as carriers require of business SMS. A unit test renders
 * every template in both languages and checks encoding and length.
 */
const texts: Record<Locale, Record<SmsTemplateName, (s: Slots) => string>> = {
  fr: {
    'booking-reminder': (s) =>
      `Rappel ${s.business} : ${s.service} le ${endOf(s.when)}${s.link} STOP pour ne plus recevoir`,
    'booking-confirmed': (s) =>
      `${s.business} : ${s.service} le ${s.when} est confirmé.${s.link} STOP pour ne plus recevoir`,
    'booking-cancelled': (s) =>
      `${s.business} : ${s.service} du ${s.when} est annulé.${s.link} STOP pour ne plus recevoir`,
    'booking-rescheduled': (s) =>
      `${s.business} : ${s.service} est déplacé au ${endOf(s.when)}${s.link} STOP pour ne plus recevoir`,
    'booking-hold-expired': (s) =>
      `${s.business} : ${s.service} du ${s.when} n'est plus réservé, faute de paiement.${s.link} STOP pour ne plus recevoir`,
  },
  en: {
    'booking-reminder': (s) =>
      `Reminder from ${s.business}: ${s.service} on ${endOf(s.when)}${s.link} Reply STOP to opt out`,
    'booking-confirmed': (s) => `${s.business}: ${s.service} on ${s.when} is confirmed.${s.link} Reply STOP to opt out`,
    'booking-cancelled': (s) => `${s.business}: ${s.service} on ${s.when} is cancelled.${s.link} Reply STOP to opt out`,
    'booking-rescheduled': (s) =>
      `${s.business}: ${s.service} moved to ${endOf(s.when)}${s.link} Reply STOP to opt out`,
    'booking-hold-expired': (s) =>
      `${s.business}: ${s.service} on ${s.when} is no longer held, as it was not paid.${s.link} Reply STOP to opt out`,
  },
}

/** One segment for a reminder (the rule); a change may take two, never more. */
const maxSegments = (template: SmsTemplateName) => (template === 'booking-reminder' ? 1 : 2)
const septetBudget = (segments: number) => (segments === 1 ? 160 : 153 * segments)

/** Names are cut to fit, never below this many characters (then the link goes instead). */
const shortestName = 12

const cut = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 3).trimEnd()}...`

/**
 * A booking SMS in the recipient's language, GSM-7 only, and within its segment budget: the
 * business's and service's names and the date come from outside the template, so they are made
 * GSM-7 (toGsm7), then a long business name is shortened first, the service's next; if they would
 * have to shrink below 12 characters the manage link is left out instead.
 */
export function renderSms(template: SmsTemplateName, props: SmsBookingProps, context: SmsContext): RenderedSms {
  const write = texts[context.locale][template] as ((s: Slots) => string) | undefined
  if (!write) throw new UnknownSmsTemplateError(template)
  const format = createFormatters({ locale: context.locale, timeZone: props.timeZone })
  const when = toGsm7(
    `${format.shortDay(props.start)} ${context.locale === 'fr' ? 'à' : 'at'} ${format.time(props.start)}`,
  )
  const business = toGsm7(context.businessName.trim().replace(/\s+/g, ' '))
  const service = toGsm7(props.serviceName.trim().replace(/\s+/g, ' '))
  const budget = septetBudget(maxSegments(template))
  const links = [` ${toGsm7(props.manageUrl)}`, '']
  for (const link of links) {
    const fitted = fit(write, { business, service, when, link }, budget)
    if (fitted) return { body: fitted, segments: countSmsSegments(fitted).segments }
  }
  // Unreachable with these templates (each fits with both names at their shortest); kept honest.
  const body = write({ business: cut(business, shortestName), service: cut(service, shortestName), when, link: '' })
  return { body, segments: countSmsSegments(body).segments }
}

/** The text with the names shortened just enough to fit `budget` septets, or null if they cannot. */
function fit(write: (s: Slots) => string, slots: Slots, budget: number): string | null {
  const over = gsmLength(write(slots)) - budget
  if (over <= 0) return write(slots)
  const businessRoom = Math.max(slots.business.length - shortestName, 0)
  const business = cut(slots.business, slots.business.length - Math.min(over, businessRoom))
  const rest = gsmLength(write({ ...slots, business })) - budget
  if (rest <= 0) return write({ ...slots, business })
  const serviceRoom = Math.max(slots.service.length - shortestName, 0)
  if (rest > serviceRoom) return null
  const service = cut(slots.service, slots.service.length - rest)
  const text = write({ ...slots, business, service })
  return gsmLength(text) <= budget ? text : null
}
