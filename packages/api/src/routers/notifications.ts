import {
  countUnreadNotifications,
  type InAppRecipient,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '@portail/core/in-app-notifications'
import type { ClientActor, StaffActor } from '@portail/core/actors'
import { ZCursor, ZId } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { liveNotifications } from '../live/live-notifications'
import { notificationHubFor } from '../live/notification-hub'
import { clientActionProcedure, clientProcedure, staffActionProcedure, staffProcedure } from '../procedures'

const ZListNotificationsInput = z.object({
  cursor: ZCursor.optional(),
  limit: z.number().int().min(1).max(50).default(20),
})
const ZNotificationIdInput = z.object({ id: ZId })
/**
 * tRPC fills lastEventId from the SSE Last-Event-ID of a reconnecting client; the first
 * subscription may name the newest notification the page already shows.
 */
const ZOnNotificationInput = z.object({ lastEventId: ZId.nullish() }).optional()

const ofClient = (client: ClientActor): InAppRecipient & { userId: string } => ({
  kind: 'client',
  tenantId: client.tenantId,
  clientId: client.clientId,
  userId: client.userId,
})
const ofStaff = (staff: StaffActor): InAppRecipient & { userId: string } => ({
  kind: 'staff',
  tenantId: staff.tenantId,
  userId: staff.userId,
})

/** A client's own notifications (the portal's bell and page). */
export const notificationsRouter = {
  list: clientProcedure('notifications.read')
    .input(ZListNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.tx, ofClient(ctx.client), input)),
  unreadCount: clientProcedure('notifications.read').query(({ ctx }) =>
    countUnreadNotifications(ctx.tx, ofClient(ctx.client)),
  ),
  markRead: clientProcedure('notifications.read')
    .input(ZNotificationIdInput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.tx, ofClient(ctx.client), input.id)),
  markAllRead: clientProcedure('notifications.read').mutation(({ ctx }) =>
    markAllNotificationsRead(ctx.tx, ofClient(ctx.client)),
  ),
  /** New notifications as they arrive (SSE); holds no transaction while it waits. */
  onNotification: clientActionProcedure('notifications.read')
    .input(ZOnNotificationInput)
    .subscription(({ ctx, input, signal }) =>
      liveNotifications({
        database: ctx.database,
        hub: notificationHubFor(ctx.database),
        reader: ofClient(ctx.client),
        lastEventId: input?.lastEventId,
        signal,
      }),
    ),
} satisfies TRPCRouterRecord

/** A team member's own notifications (the admin area's bell and page); never a colleague's. */
export const staffNotificationsRouter = {
  list: staffProcedure('notifications.read')
    .input(ZListNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.tx, ofStaff(ctx.staff), input)),
  unreadCount: staffProcedure('notifications.read').query(({ ctx }) =>
    countUnreadNotifications(ctx.tx, ofStaff(ctx.staff)),
  ),
  markRead: staffProcedure('notifications.read')
    .input(ZNotificationIdInput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.tx, ofStaff(ctx.staff), input.id)),
  markAllRead: staffProcedure('notifications.read').mutation(({ ctx }) =>
    markAllNotificationsRead(ctx.tx, ofStaff(ctx.staff)),
  ),
  onNotification: staffActionProcedure('notifications.read')
    .input(ZOnNotificationInput)
    .subscription(({ ctx, input, signal }) =>
      liveNotifications({
        database: ctx.database,
        hub: notificationHubFor(ctx.database),
        reader: ofStaff(ctx.staff),
        lastEventId: input?.lastEventId,
        signal,
      }),
    ),
} satisfies TRPCRouterRecord
