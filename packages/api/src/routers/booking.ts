import { createBooking, listAvailableDays, listSlots } from '@portail/core/booking'
import { ZAvailableDaysInput, ZCreateBookingInput, ZSlotsInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientActionProcedure, publicProcedure } from '../procedures'

/**
 * Booking from the client's side. The two reads are public (the wizard works before signing in;
 * anonymous calls are rate-limited per address by the web app like every anonymous tRPC call).
 */
export const bookingRouter = {
  /** Dates of a month with at least one free slot for a service (+ options), one staff member or anyone. */
  availableDays: publicProcedure
    .input(ZAvailableDaysInput)
    .query(({ ctx, input }) => listAvailableDays(ctx.tx, ctx.tenant.id, input, Date.now())),
  /** The free slots of one local date, UTC instants with local labels, each naming who is free. */
  slots: publicProcedure.input(ZSlotsInput).query(({ ctx, input }) => listSlots(ctx.tx, ctx.tenant.id, input, Date.now())),
  /**
   * Book a slot. A retry with the same idempotency key returns the same booking; a slot taken in
   * the meantime answers CONFLICT with `data.details.nextSlots`.
   */
  create: clientActionProcedure('bookings.write')
    .input(ZCreateBookingInput)
    .mutation(({ ctx, input }) => createBooking(ctx.database, ctx.client, input)),
} satisfies TRPCRouterRecord
