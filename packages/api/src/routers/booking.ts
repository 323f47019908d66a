import {
  cancelMyBooking,
  createBooking,
  getMyBooking,
  listAvailableDays,
  listMyBookings,
  listRescheduleDays,
  listRescheduleSlots,
  listSlots,
  publicCatalog,
  rescheduleMyBooking,
} from '@portail/core/booking'
import {
  ZAvailableDaysInput,
  ZBookingIdInput,
  ZCancelBookingInput,
  ZCreateBookingInput,
  ZMyBookingsInput,
  ZRescheduleBookingInput,
  ZRescheduleDaysInput,
  ZRescheduleSlotsInput,
  ZSlotsInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientActionProcedure, clientProcedure, publicProcedure } from '../procedures'

/**
 * Booking from the client's side. The two reads are public (the wizard works before signing in;
 * anonymous calls are rate-limited per address by the web app like every anonymous tRPC call).
 */
export const bookingRouter = {
  /**
   * What the wizard offers: active services with their options and who performs them (public
   * names only), and the cancellation policy in force.
   */
  catalog: publicProcedure.query(({ ctx }) => publicCatalog(ctx.tx, ctx.tenant.id)),
  /** Dates of a month with at least one free slot for a service (+ options), one staff member or anyone. */
  availableDays: publicProcedure
    .input(ZAvailableDaysInput)
    .query(({ ctx, input }) => listAvailableDays(ctx.tx, ctx.tenant.id, input, Date.now())),
  /** The free slots of one local date, UTC instants with local labels, each naming who is free. */
  slots: publicProcedure
    .input(ZSlotsInput)
    .query(({ ctx, input }) => listSlots(ctx.tx, ctx.tenant.id, input, Date.now())),
  /**
   * Book a slot. A retry with the same idempotency key returns the same booking; a slot taken in
   * the meantime answers CONFLICT with `data.details.nextSlots`.
   */
  create: clientActionProcedure('bookings.write')
    .input(ZCreateBookingInput)
    .mutation(({ ctx, input }) => createBooking(ctx.database, ctx.client, input)),
  /** The client's own bookings: upcoming soonest first, or past newest first, a page at a time. */
  mine: clientProcedure('bookings.read')
    .input(ZMyBookingsInput)
    .query(({ ctx, input }) => listMyBookings(ctx.tx, ctx.client, input)),
  /** One own booking with its policy and what cancelling or rescheduling it would cost now. */
  get: clientProcedure('bookings.read')
    .input(ZBookingIdInput)
    .query(({ ctx, input }) => getMyBooking(ctx.tx, ctx.client, input.id)),
  /** Cancel under the agreed policy; CONFLICT 'booking.policyChanged' when the fee is no longer `expectedFeeCents`. */
  cancel: clientProcedure('bookings.write')
    .input(ZCancelBookingInput)
    .mutation(({ ctx, input }) => cancelMyBooking(ctx.tx, ctx.client, input)),
  /** Days where the booking could move (same service, duration and staff member). */
  rescheduleDays: clientActionProcedure('bookings.read')
    .input(ZRescheduleDaysInput)
    .query(({ ctx, input }) => listRescheduleDays(ctx.database, ctx.client, input)),
  /** Slots of one date where the booking could move; its own time is free. */
  rescheduleSlots: clientActionProcedure('bookings.read')
    .input(ZRescheduleSlotsInput)
    .query(({ ctx, input }) => listRescheduleSlots(ctx.database, ctx.client, input)),
  /** Move inside the free window and the reschedule limit; CONFLICT 'booking.slotTaken' with next slots like create. */
  reschedule: clientActionProcedure('bookings.write')
    .input(ZRescheduleBookingInput)
    .mutation(({ ctx, input }) => rescheduleMyBooking(ctx.database, ctx.client, input)),
} satisfies TRPCRouterRecord
