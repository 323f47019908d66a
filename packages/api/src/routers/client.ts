import { getMyProfile, listMyActivity, updateMyProfile } from '@portail/core/clients'
import { ZMyActivityInput, ZUpdateMyProfileInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientProcedure } from '../procedures'

export const clientRouter = {
  me: clientProcedure('profile.read').query(({ ctx }) => getMyProfile(ctx.tx, ctx.client)),
  updateProfile: clientProcedure('profile.write')
    .input(ZUpdateMyProfileInput)
    .mutation(({ ctx, input }) => updateMyProfile(ctx.tx, ctx.client, input)),
  /** The client's own audit entries, newest first (the dashboard's recent activity). */
  activity: clientProcedure('profile.read')
    .input(ZMyActivityInput)
    .query(({ ctx, input }) => listMyActivity(ctx.tx, ctx.client, input)),
} satisfies TRPCRouterRecord
