import {
  createSeries,
  createTeamBooking,
  getStaffBooking,
  listBookableMembers,
  listStaffBookings,
} from '@portail/core/booking'
import {
  ZCreateSeriesInput,
  ZStaffBookingGetInput,
  ZStaffBookingsListInput,
  ZStaffCreateBookingInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffProcedure } from '../procedures'

/** Staff reading and creating bookings: the calendar, bookings made for a client, recurring series. */
export const staffBookingsRouter = {
  /** Bookings meeting [from, to) (at most 42 days), of one member or everyone; cancelled ones when asked. */
  list: staffProcedure('bookings.read')
    .input(ZStaffBookingsListInput)
    .query(({ ctx, input }) => listStaffBookings(ctx.tx, ctx.staff, input)),
  /** One booking with its history (who did what, when, why). */
  get: staffProcedure('bookings.read')
    .input(ZStaffBookingGetInput)
    .query(({ ctx, input }) => getStaffBooking(ctx.tx, ctx.staff, input.id)),
  /** The team as calendar columns: display names and the services each performs. */
  members: staffProcedure('bookings.read').query(({ ctx }) => listBookableMembers(ctx.tx, ctx.staff)),
  /**
   * Book a client with a member. CONFLICT `booking.slotTaken` with `data.details.nextSlots` when
   * the time is taken; `ignoreRules` (with a reason) places it outside hours, notice or window.
   */
  create: staffProcedure('bookings.write')
    .input(ZStaffCreateBookingInput)
    .mutation(({ ctx, input }) => createTeamBooking(ctx.tx, ctx.staff, input)),
  /** A recurring series; occurrences that cannot be placed are skipped and reported with their reason. */
  createSeries: staffProcedure('bookings.write')
    .input(ZCreateSeriesInput)
    .mutation(({ ctx, input }) => createSeries(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
