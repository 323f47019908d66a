import { cancelBookingAsTeam, closeBooking, moveBookingAsTeam } from '@portail/core/booking'
import {
  ZBookingIdInput,
  ZStaffCancelBookingInput,
  ZStaffMoveBookingInput,
  ZStaffNoShowInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffProcedure } from '../procedures'

/** Staff changing an existing booking: move, cancel, complete, no-show, each with a reason, audited. */
export const staffBookingChangesRouter = {
  /** Cancel with a reason; the policy's late fee applies unless `waiveFee`. */
  cancel: staffProcedure('bookings.write')
    .input(ZStaffCancelBookingInput)
    .mutation(({ ctx, input }) => cancelBookingAsTeam(ctx.tx, ctx.staff, input)),
  /** Another time or staff member, with a reason; `ignoreRules` places it outside hours/notice/window, never over another booking. */
  move: staffProcedure('bookings.write')
    .input(ZStaffMoveBookingInput)
    .mutation(({ ctx, input }) => moveBookingAsTeam(ctx.tx, ctx.staff, input)),
  complete: staffProcedure('bookings.write')
    .input(ZBookingIdInput)
    .mutation(({ ctx, input }) => closeBooking(ctx.tx, ctx.staff, { id: input.id, outcome: 'completed' })),
  noShow: staffProcedure('bookings.write')
    .input(ZStaffNoShowInput)
    .mutation(({ ctx, input }) => closeBooking(ctx.tx, ctx.staff, { ...input, outcome: 'no_show' })),
} satisfies TRPCRouterRecord
