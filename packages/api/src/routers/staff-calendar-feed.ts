import { getCalendarFeed, revokeCalendarFeed, rotateCalendarFeed } from '@portail/core/calendar'
import type { TRPCRouterRecord } from '@trpc/server'
import { portalLinksFor } from '../portal-links'
import { staffProcedure } from '../procedures'

/**
 * The signed-in member's private calendar feed (Google Calendar, Outlook subscribe to its URL).
 * Its URL is secret: shown once by `rotate` (only its hash is kept), revocable at any time.
 */
export const staffCalendarFeedRouter = {
  get: staffProcedure('bookings.read').query(({ ctx }) => getCalendarFeed(ctx.tx, ctx.staff)),
  rotate: staffProcedure('bookings.read').mutation(({ ctx }) =>
    rotateCalendarFeed(
      ctx.tx,
      ctx.staff,
      (token) => `${portalLinksFor(ctx, ctx.tenant.slug).portalOrigin}/api/calendar/${token}.ics`,
    ),
  ),
  revoke: staffProcedure('bookings.read').mutation(({ ctx }) => revokeCalendarFeed(ctx.tx, ctx.staff)),
} satisfies TRPCRouterRecord
