import { listBookingDeliveries, listClientDeliveries, listMyDeliveries } from '@portail/core/delivery-preferences'
import { ZBookingDeliveriesInput, ZClientDeliveriesInput, ZMyDeliveriesInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientProcedure, staffProcedure } from '../procedures'

/** A client's own message history (under Notifications): what was sent, on which channel, or why not. */
export const deliveryLogRouter = {
  mine: clientProcedure('profile.read')
    .input(ZMyDeliveriesInput)
    .query(({ ctx, input }) => listMyDeliveries(ctx.tx, ctx.client, input)),
} satisfies TRPCRouterRecord

/** The delivery log as staff see it: on a booking, and on a client record (with its address flags). */
export const staffDeliveryLogRouter = {
  booking: staffProcedure('bookings.read')
    .input(ZBookingDeliveriesInput)
    .query(({ ctx, input }) => listBookingDeliveries(ctx.tx, ctx.staff, input)),
  client: staffProcedure('clients.read')
    .input(ZClientDeliveriesInput)
    .query(({ ctx, input }) => listClientDeliveries(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
