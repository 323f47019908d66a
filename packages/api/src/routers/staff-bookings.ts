import type { TRPCRouterRecord } from '@trpc/server'

/** Staff reading and creating bookings: the calendar, bookings made for a client, recurring series. */
export const staffBookingsRouter = {} satisfies TRPCRouterRecord
