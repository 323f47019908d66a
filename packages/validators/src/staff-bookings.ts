import { z } from 'zod'
import { ZBookingDate, ZIdempotencyKey } from './booking'
import { instantInput, ZId } from './common'
import { ZServiceAddress } from './contact'
import { ZMultilineText } from './text'
import { msPerDay as day } from './time-units'

/** The calendar reads at most six weeks at once (a month view with its leading and trailing days). */
export const maxCalendarRangeDays = 42

const ZInstant = instantInput('booking.invalidStart')

export const ZStaffBookingsListInput = z
  .strictObject({
    from: instantInput('booking.invalidRange'),
    to: instantInput('booking.invalidRange'),
    /** A membership id; absent = every staff member. */
    staffId: ZId.optional(),
    includeCancelled: z.boolean().default(false),
  })
  .refine(
    (input) => {
      const span = Date.parse(input.to) - Date.parse(input.from)
      return span > 0 && span <= maxCalendarRangeDays * day
    },
    { message: 'booking.invalidRange', path: ['to'] },
  )
export type TStaffBookingsListInput = z.input<typeof ZStaffBookingsListInput>

export const ZStaffBookingGetInput = z.strictObject({ id: ZId })
export type TStaffBookingGetInput = z.input<typeof ZStaffBookingGetInput>

/** Why staff placed a booking outside the rules; kept in the audit log. */
const ZStaffReason = ZMultilineText.trim().min(1, { message: 'booking.reasonRequired' }).max(500)

const staffChoiceShape = {
  clientId: ZId,
  serviceId: ZId,
  optionIds: z.array(ZId).max(20).default([]),
  /** The membership taking the booking: staff always name one. */
  staffId: ZId,
}

export const ZStaffCreateBookingInput = z
  .strictObject({
    ...staffChoiceShape,
    start: ZInstant,
    idempotencyKey: ZIdempotencyKey,
    serviceAddress: ZServiceAddress.nullable().optional(),
    notes: ZMultilineText.trim().max(2000).optional(),
    /** Place it outside hours, notice or window (never over another booking); needs a reason. */
    ignoreRules: z.boolean().default(false),
    reason: ZStaffReason.optional(),
  })
  .refine((input) => !input.ignoreRules || input.reason !== undefined, {
    message: 'booking.reasonRequired',
    path: ['reason'],
  })
export type TStaffCreateBookingInput = z.input<typeof ZStaffCreateBookingInput>

export const seriesFrequencies = ['weekly', 'biweekly', 'monthly'] as const
/** A series covers at most a year from its first occurrence. */
export const maxSeriesDays = 366

export const ZCreateSeriesInput = z
  .strictObject({
    ...staffChoiceShape,
    firstStart: ZInstant,
    frequency: z.enum(seriesFrequencies),
    /** Last local date (in the business's zone) an occurrence may fall on, inclusive. */
    until: ZBookingDate,
    idempotencyKey: ZIdempotencyKey,
    serviceAddress: ZServiceAddress.nullable().optional(),
    notes: ZMultilineText.trim().max(2000).optional(),
  })
  .refine(
    (input) => {
      const until = Date.parse(`${input.until}T23:59:59Z`)
      const first = Date.parse(input.firstStart)
      return until >= first - day && until - first <= maxSeriesDays * day
    },
    { message: 'booking.invalidSeriesEnd', path: ['until'] },
  )
export type TCreateSeriesInput = z.input<typeof ZCreateSeriesInput>
