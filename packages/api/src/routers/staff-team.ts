import { changeMemberRole, listTeam, removeMember, setDisplayName } from '@portail/core/team'
import { ZChangeMemberRoleInput, ZRemoveMemberInput, ZSetDisplayNameInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffProcedure } from '../procedures'

export const staffTeamRouter = {
  list: staffProcedure('team.read').query(({ ctx }) => listTeam(ctx.tx, ctx.staff)),
  // team.manage and team.remove are sensitive actions: staffProcedure asks for a fresh second factor.
  changeRole: staffProcedure('team.manage')
    .input(ZChangeMemberRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.tx, ctx.staff, input, { organizations: ctx.organizations })),
  remove: staffProcedure('team.remove')
    .input(ZRemoveMemberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.tx, ctx.staff, input, { organizations: ctx.organizations })),
  // Any member names themself; another member's name takes team.names (checked in core).
  setDisplayName: staffProcedure('team.read')
    .input(ZSetDisplayNameInput)
    .mutation(({ ctx, input }) => setDisplayName(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
