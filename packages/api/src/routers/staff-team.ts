import { changeMemberRole, listTeam, removeMember, setDisplayName } from '@portail/core/team'
import { ZChangeMemberRoleInput, ZRemoveMemberInput, ZSetDisplayNameInput } from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { staffActionProcedure, staffProcedure } from '../procedures'

export const staffTeamRouter = {
  list: staffProcedure('team.read').query(({ ctx }) => listTeam(ctx.tx, ctx.staff)),
  // team.manage and team.remove are sensitive actions: the builder asks for a fresh second factor.
  // No transaction here: core commits (with the team event the identity provider is told by).
  changeRole: staffActionProcedure('team.manage')
    .input(ZChangeMemberRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.database, ctx.staff, input)),
  remove: staffActionProcedure('team.remove')
    .input(ZRemoveMemberInput)
    .mutation(({ ctx, input }) => removeMember(ctx.database, ctx.staff, input)),
  // Any member names themself; another member's name takes team.names (checked in core).
  setDisplayName: staffProcedure('team.read')
    .input(ZSetDisplayNameInput)
    .mutation(({ ctx, input }) => setDisplayName(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
