import { acceptInvitation, previewInvitation } from '@portail/core/invitations'
import { ZAcceptInvitationInput, ZInvitationTokenInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { admissionActionProcedure, invitationLinkProcedure } from '../procedures'

/** The acceptance page of a team invitation, on the inviting business's portal. */
export const invitationsRouter = {
  /** Business, role, expiry and status for whoever holds the link; never the invited address. */
  preview: invitationLinkProcedure.input(ZInvitationTokenInput).query(async ({ ctx, input }) => ({
    businessName: ctx.tenant.name,
    ...(await previewInvitation(ctx.tx, ctx.tenant.id, {
      token: input.token,
      signedInEmail: ctx.identity?.email ?? null,
    })),
  })),
  /**
   * The signed-in invitee joins the team (their proven email must be the invited one). Under Clerk,
   * `organizationSync: 'queued'`: the organization is told after the commit, by the team-sync workflow.
   */
  accept: admissionActionProcedure.input(ZAcceptInvitationInput).mutation(({ ctx, input }) =>
    acceptInvitation(
      ctx.database,
      ctx.tenant.id,
      {
        userId: ctx.identity.userId,
        email: ctx.identity.email,
        emailVerified: ctx.identity.emailVerified === true,
        name: ctx.identity.name,
      },
      input,
    ),
  ),
} satisfies TRPCRouterRecord
