import type { RouterOutputs } from '@portail/api'
import { isBoolean, isNumber, isRecord, isString, type UnknownRecord } from './read-unknown'

type Outputs = RouterOutputs
export type Catalog = Outputs['booking']['catalog']
export type CatalogService = Catalog['services'][number]
export type Slot = Outputs['booking']['slots'][number]
export type MyBooking = Outputs['booking']['mine']['items'][number]
export type BookingDetail = Outputs['booking']['get']
export type ChangeQuote = BookingDetail['cancellation']

function slotOf(value: unknown): Slot | null {
  if (!isRecord(value)) return null
  const { start, end, localDate, localTime, utcOffsetMinutes, staffIds } = value
  if (!isString(start) || !isString(end) || !isString(localDate) || !isString(localTime)) return null
  if (!isNumber(utcOffsetMinutes) || !Array.isArray(staffIds) || !staffIds.every(isString)) return null
  return { start, end, localDate, localTime, utcOffsetMinutes, staffIds }
}

/** The `data` of a tRPC error that reached the server: its refusal key and details. */
function refusalOf(error: unknown): { messageKey: string; details: unknown } | null {
  if (!isRecord(error) || !isRecord(error.data) || !isString(error.data.messageKey)) return null
  return { messageKey: error.data.messageKey, details: error.data.details }
}

/** The API's refusal key of a failed call (booking.slotTaken...), when it reached the server. */
export const refusalKey = (error: unknown): string | null => refusalOf(error)?.messageKey ?? null

/** A CONFLICT 'booking.slotTaken' carries the next free slots to offer instead. */
export function takenSlotAlternatives(error: unknown): Slot[] | null {
  const refusal = refusalOf(error)
  if (refusal?.messageKey !== 'booking.slotTaken') return null
  const nextSlots = isRecord(refusal.details) ? refusal.details.nextSlots : undefined
  if (!Array.isArray(nextSlots)) return []
  const slots = nextSlots.map(slotOf)
  return slots.every((slot) => slot !== null) ? slots : []
}

const quoteRefusals = ['tooLate', 'maxReschedules', 'notActive', 'started'] as const
const isQuoteRefusal = (value: unknown): value is (typeof quoteRefusals)[number] =>
  quoteRefusals.some((refusal) => refusal === value)

function quoteOf(value: UnknownRecord): ChangeQuote | null {
  const { allowed, free, feeCents, keepsDeposit, alwaysFree, freeUntil, remainingReschedules, refusal } = value
  if (!isBoolean(allowed) || !isBoolean(free) || !isNumber(feeCents) || !isBoolean(keepsDeposit)) return null
  if (!isBoolean(alwaysFree) || !isString(freeUntil)) return null
  if (remainingReschedules !== null && !isNumber(remainingReschedules)) return null
  if (refusal !== null && !isQuoteRefusal(refusal)) return null
  return { allowed, free, feeCents, keepsDeposit, alwaysFree, freeUntil, remainingReschedules, refusal }
}

/** A CONFLICT 'booking.policyChanged' carries what cancelling costs now. */
export function changedCancellation(error: unknown): ChangeQuote | null {
  const refusal = refusalOf(error)
  if (refusal?.messageKey !== 'booking.policyChanged') return null
  const cancellation = isRecord(refusal.details) ? refusal.details.cancellation : undefined
  return isRecord(cancellation) ? quoteOf(cancellation) : null
}
