import { createInvitation, listInvitations, resendInvitation, revokeInvitation } from '@portail/core/invitations'
import { ZCreateInvitationInput, ZInvitationIdInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { portalLinksFor } from '../portal-links'
import { staffProcedure } from '../procedures'

/** Team invitations, for owners and admins (`team.invite`); only an owner invites an admin (core). */
export const staffInvitationsRouter = {
  list: staffProcedure('team.invite').query(({ ctx }) => listInvitations(ctx.tx, ctx.staff)),
  create: staffProcedure('team.invite')
    .input(ZCreateInvitationInput)
    .mutation(({ ctx, input }) => createInvitation(ctx.tx, ctx.staff, input, portalLinksFor(ctx, ctx.tenant.slug))),
  revoke: staffProcedure('team.invite')
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.tx, ctx.staff, input)),
  resend: staffProcedure('team.invite')
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => resendInvitation(ctx.tx, ctx.staff, input, portalLinksFor(ctx, ctx.tenant.slug))),
} satisfies TRPCRouterRecord
