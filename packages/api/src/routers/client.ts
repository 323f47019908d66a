import { getMyProfile, updateMyProfile } from '@portail/core/clients'
import { ZUpdateMyProfileInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { clientProcedure } from '../procedures'

export const clientRouter = {
  me: clientProcedure('profile.read').query(({ ctx }) => getMyProfile(ctx.tx, ctx.client)),
  updateProfile: clientProcedure('profile.write')
    .input(ZUpdateMyProfileInput)
    .mutation(({ ctx, input }) => updateMyProfile(ctx.tx, ctx.client, input)),
} satisfies TRPCRouterRecord
