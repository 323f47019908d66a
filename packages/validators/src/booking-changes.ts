import { z } from 'zod'
import { ZBookingDate, ZBookingMonth } from './booking'
import { instantInput, ZCursor, ZId } from './common'
import { ZMultilineText } from './text'

const ZStart = instantInput('booking.invalidStart')
/** Why staff changed a booking: kept in the audit log and shown in its history. */
const ZReason = ZMultilineText.trim()
  .min(1, { message: 'booking.changeReasonRequired' })
  .max(500, { message: 'booking.changeReasonTooLong' })

export const ZMyBookingsInput = z.strictObject({
  scope: z.enum(['upcoming', 'past']),
  cursor: ZCursor.optional(),
  limit: z.number().int().min(1).max(50).default(20),
})
export type TMyBookingsInput = z.input<typeof ZMyBookingsInput>

export const ZBookingIdInput = z.strictObject({ id: ZId })
export type TBookingIdInput = z.input<typeof ZBookingIdInput>

export const ZCancelBookingInput = z.strictObject({
  id: ZId,
  /** The fee the client was shown; a different fee now (the free window closed meanwhile) is refused. */
  expectedFeeCents: z.number().int().min(0).max(100_000_000),
})
export type TCancelBookingInput = z.input<typeof ZCancelBookingInput>

export const ZRescheduleDaysInput = z.strictObject({ id: ZId, month: ZBookingMonth })
export type TRescheduleDaysInput = z.input<typeof ZRescheduleDaysInput>

export const ZRescheduleSlotsInput = z.strictObject({ id: ZId, date: ZBookingDate })
export type TRescheduleSlotsInput = z.input<typeof ZRescheduleSlotsInput>

export const ZRescheduleBookingInput = z.strictObject({ id: ZId, start: ZStart, staffId: ZId.optional() })
export type TRescheduleBookingInput = z.input<typeof ZRescheduleBookingInput>

export const ZStaffCancelBookingInput = z.strictObject({
  id: ZId,
  reason: ZReason,
  waiveFee: z.boolean().default(false),
})
export type TStaffCancelBookingInput = z.input<typeof ZStaffCancelBookingInput>

export const ZStaffMoveBookingInput = z.strictObject({
  id: ZId,
  start: ZStart,
  staffId: ZId.optional(),
  reason: ZReason,
  /** Place it outside hours, notice or window (never over another booking). */
  ignoreRules: z.boolean().default(false),
})
export type TStaffMoveBookingInput = z.input<typeof ZStaffMoveBookingInput>

export const ZStaffNoShowInput = z.strictObject({ id: ZId, reason: ZReason.optional() })
export type TStaffNoShowInput = z.input<typeof ZStaffNoShowInput>
