import type { TRPCRouterRecord } from '@trpc/server'

/** Staff changing an existing booking: move, cancel, complete, no-show, each with a reason, audited. */
export const staffBookingChangesRouter = {} satisfies TRPCRouterRecord
