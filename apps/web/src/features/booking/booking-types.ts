import type { RouterOutputs } from '@portail/api'
import { z } from 'zod'

type Outputs = RouterOutputs
export type Catalog = Outputs['booking']['catalog']
export type CatalogService = Catalog['services'][number]
export type Slot = Outputs['booking']['slots'][number]
export type MyBooking = Outputs['booking']['mine']['items'][number]
export type BookingDetail = Outputs['booking']['get']
export type ChangeQuote = BookingDetail['cancellation']

const slotShape = z.object({
  start: z.string(),
  end: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  utcOffsetMinutes: z.number(),
  staffIds: z.array(z.string()),
})

const refusalShape = z.object({ data: z.object({ messageKey: z.string(), details: z.unknown() }) })

/** The API's refusal key of a failed call (booking.slotTaken...), when it reached the server. */
export const refusalKey = (error: unknown): string | null => refusalShape.safeParse(error).data?.data.messageKey ?? null

/** A CONFLICT 'booking.slotTaken' carries the next free slots to offer instead. */
export function takenSlotAlternatives(error: unknown): Slot[] | null {
  const parsed = refusalShape.safeParse(error)
  if (!parsed.success || parsed.data.data.messageKey !== 'booking.slotTaken') return null
  return z.object({ nextSlots: z.array(slotShape) }).safeParse(parsed.data.data.details).data?.nextSlots ?? []
}

const quoteShape = z.object({
  allowed: z.boolean(),
  free: z.boolean(),
  feeCents: z.number(),
  keepsDeposit: z.boolean(),
  alwaysFree: z.boolean(),
  freeUntil: z.string(),
  remainingReschedules: z.number().nullable(),
  refusal: z.enum(['tooLate', 'maxReschedules', 'notActive', 'started']).nullable(),
})

/** A CONFLICT 'booking.policyChanged' carries what cancelling costs now. */
export function changedCancellation(error: unknown): ChangeQuote | null {
  const parsed = refusalShape.safeParse(error)
  if (!parsed.success || parsed.data.data.messageKey !== 'booking.policyChanged') return null
  return z.object({ cancellation: quoteShape }).safeParse(parsed.data.data.details).data?.cancellation ?? null
}
