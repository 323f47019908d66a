import { z } from 'zod'
import { dateOutOfRangeMessage, instantInput, isYearInRange, ZId, ZLocale } from './common'
import { ZServiceAddress } from './contact'
import { ZMultilineText, ZText } from './text'

const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A local calendar date in the business's zone, "YYYY-MM-DD", within the years 2000 to 2100. */
export const ZBookingDate = ZText.max(10, { message: 'booking.invalidDate' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'booking.invalidDate', abort: true })
  .refine(isCalendarDate, { message: 'booking.invalidDate', abort: true })
  .refine(isYearInRange, { message: dateOutOfRangeMessage })

/** A month of the calendar, "YYYY-MM", within the years 2000 to 2100. */
export const ZBookingMonth = ZText.max(7, { message: 'booking.invalidDate' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'booking.invalidDate', abort: true })
  .refine(isYearInRange, { message: dateOutOfRangeMessage })

/** What is being booked: a service, its options, and a staff member or anyone who performs it. */
const serviceChoiceShape = {
  serviceId: ZId,
  optionIds: z.array(ZId).max(20).default([]),
  /** A membership id; absent = anyone who performs the service. */
  staffId: ZId.optional(),
}

export const ZAvailableDaysInput = z.strictObject({ ...serviceChoiceShape, month: ZBookingMonth })
export type TAvailableDaysInput = z.input<typeof ZAvailableDaysInput>

export const ZSlotsInput = z.strictObject({ ...serviceChoiceShape, date: ZBookingDate })
export type TSlotsInput = z.input<typeof ZSlotsInput>

/** Chosen by the client per booking attempt (e.g. a UUID): a retry with the same key finds the same booking. */
export const ZIdempotencyKey = ZText.min(8, { message: 'booking.invalidIdempotencyKey' })
  .max(128, { message: 'booking.invalidIdempotencyKey' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'booking.invalidIdempotencyKey' })

export const ZCreateBookingInput = z.strictObject({
  ...serviceChoiceShape,
  /** The slot's start instant, as the slots procedure gave it. */
  start: instantInput('booking.invalidStart'),
  idempotencyKey: ZIdempotencyKey,
  serviceAddress: ZServiceAddress.nullable().optional(),
  notes: ZMultilineText.trim().max(2000).optional(),
  locale: ZLocale.optional(),
})
export type TCreateBookingInput = z.input<typeof ZCreateBookingInput>
