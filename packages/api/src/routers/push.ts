import type { ClientActor, StaffActor } from '@portail/core/actors'
import {
  isPushDeviceSubscribed,
  type PushDeviceOwner,
  subscribePushDevice,
  unsubscribePushDevice,
} from '@portail/core/push-subscriptions'
import { ZSubscribePushInput, ZUnsubscribePushInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientActionProcedure, clientProcedure, staffActionProcedure, staffProcedure } from '../procedures'

const ofClient = (client: ClientActor): PushDeviceOwner => ({ kind: 'client', ...client })
const ofStaff = (staff: StaffActor): PushDeviceOwner => ({
  kind: 'staff',
  tenantId: staff.tenantId,
  userId: staff.userId,
})

/**
 * A client's devices for web push (the profile's "notifications on this device"). Whoever may read
 * their notifications may get them on a device. Subscribing opens its own transactions: a device
 * someone else subscribed here moves to the caller (core: subscribePushDevice).
 */
export const pushRouter = {
  subscribe: clientActionProcedure('notifications.read')
    .input(ZSubscribePushInput)
    .mutation(({ ctx, input }) => subscribePushDevice(ctx.database, ofClient(ctx.client), input, ctx.locale)),
  unsubscribe: clientProcedure('notifications.read')
    .input(ZUnsubscribePushInput)
    .mutation(({ ctx, input }) => unsubscribePushDevice(ctx.tx, ofClient(ctx.client), input.endpoint)),
  isSubscribed: clientProcedure('notifications.read')
    .input(ZUnsubscribePushInput)
    .query(({ ctx, input }) => isPushDeviceSubscribed(ctx.tx, ofClient(ctx.client), input.endpoint)),
} satisfies TRPCRouterRecord

/** A team member's own devices for web push (new bookings, changes, messages). */
export const staffPushRouter = {
  subscribe: staffActionProcedure('notifications.read')
    .input(ZSubscribePushInput)
    .mutation(({ ctx, input }) => subscribePushDevice(ctx.database, ofStaff(ctx.staff), input, ctx.locale)),
  unsubscribe: staffProcedure('notifications.read')
    .input(ZUnsubscribePushInput)
    .mutation(({ ctx, input }) => unsubscribePushDevice(ctx.tx, ofStaff(ctx.staff), input.endpoint)),
  isSubscribed: staffProcedure('notifications.read')
    .input(ZUnsubscribePushInput)
    .query(({ ctx, input }) => isPushDeviceSubscribed(ctx.tx, ofStaff(ctx.staff), input.endpoint)),
} satisfies TRPCRouterRecord
