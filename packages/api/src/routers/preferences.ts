import {
  getMyNotificationPreferences,
  getMyStaffNoticePreferences,
  getQuietHours,
  updateMyNotificationPreferences,
  updateMyStaffNoticePreferences,
  updateQuietHours,
} from '@portail/core/delivery-preferences'
import {
  ZUpdateMyNotificationPreferencesInput,
  ZUpdateQuietHoursInput,
  ZUpdateStaffNoticePreferencesInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientProcedure, staffProcedure } from '../procedures'

/** A client's own notification preferences: always the session's client, never one named in input. */
export const preferencesRouter = {
  mine: clientProcedure('profile.read').query(({ ctx }) => getMyNotificationPreferences(ctx.tx, ctx.client)),
  update: clientProcedure('profile.write')
    .input(ZUpdateMyNotificationPreferencesInput)
    .mutation(({ ctx, input }) => updateMyNotificationPreferences(ctx.tx, ctx.client, input)),
} satisfies TRPCRouterRecord

/**
 * A member's own notices (every member, for themselves: the notifications permission is one's own),
 * and the business's quiet hours (settings).
 */
export const staffPreferencesRouter = {
  notices: staffProcedure('notifications.read').query(({ ctx }) => getMyStaffNoticePreferences(ctx.tx, ctx.staff)),
  updateNotices: staffProcedure('notifications.read')
    .input(ZUpdateStaffNoticePreferencesInput)
    .mutation(({ ctx, input }) => updateMyStaffNoticePreferences(ctx.tx, ctx.staff, input)),
  quietHours: staffProcedure('settings.read').query(({ ctx }) => getQuietHours(ctx.tx, ctx.staff)),
  updateQuietHours: staffProcedure('settings.write')
    .input(ZUpdateQuietHoursInput)
    .mutation(({ ctx, input }) => updateQuietHours(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
