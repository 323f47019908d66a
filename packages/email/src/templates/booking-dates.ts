import { createFormatters } from '@portail/i18n'
import type { BookingMessageProps } from '../email-types'

/** The booking's start, short, for a subject line: "8 déc. 2026, 9 h" / "Dec 8, 2026, 9:00 a.m.". */
export const subjectDate = (props: BookingMessageProps, locale: 'fr' | 'en', at: string = props.start) =>
  createFormatters({ locale, timeZone: props.timeZone }).dateTime(at)

/** The booking's start in a sentence: "mardi 8 décembre 2026 à 9 h". */
export const sentenceDate = (props: BookingMessageProps, locale: 'fr' | 'en', at: string = props.start) =>
  createFormatters({ locale, timeZone: props.timeZone }).dayTime(at)

/** A fee in cents as money in the reader's language ("25,00 $" / "$25.00"). */
export const feeText = (cents: number, locale: 'fr' | 'en') =>
  createFormatters({ locale, timeZone: 'UTC' }).money(cents)

/** The portal's booking page, where a client books again (`{portal}/{locale}/portal/book`). */
export const bookAgainUrl = (portalUrl: string, locale: 'fr' | 'en') =>
  `${portalUrl.replace(/\/+$/, '')}/${locale}/portal/book`
