import { joinPortalAndName, membershipState, publicOpeningHours } from '@portail/core/portal'
import { ZJoinPortalInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { admissionActionProcedure, publicProcedure } from '../procedures'

/** A person's first visit to a business's portal. */
export const portalRouter = {
  /** visitor | needsConsent | closed (archived record) | client | staff, and the notice version to accept. */
  membershipState: publicProcedure.query(({ ctx }) => membershipState(ctx.tx, ctx.tenant.id, ctx.actor)),
  /** The business's weekly opening hours, on its clock (when someone who performs a service works). */
  openingHours: publicProcedure.query(({ ctx }) => publicOpeningHours(ctx.tx, ctx.tenant.id)),
  /**
   * Become a client, accepting the current privacy notice (links the record staff created for this
   * email), under the name the person gives (asked while theirs is still their email's local part).
   * Two transactions (system actor, then identity actor for the name): see joinPortalAndName.
   */
  join: admissionActionProcedure.input(ZJoinPortalInput).mutation(({ ctx, input }) =>
    joinPortalAndName(
      ctx.database,
      ctx.tenant.id,
      {
        userId: ctx.identity.userId,
        email: ctx.identity.email,
        name: ctx.identity.name,
        locale: ctx.identity.locale,
        emailVerified: ctx.identity.emailVerified === true,
        isStaff: ctx.actor.staffRole !== null,
      },
      input,
      { userAgent: ctx.userAgent },
    ),
  ),
} satisfies TRPCRouterRecord
