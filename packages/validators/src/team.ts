import { z } from 'zod'
import { ZId } from './common'

/** The roles a member can hold; who may hand out which is decided in core, not here. */
export const ZTeamRole = z.enum(['owner', 'admin', 'staff'])
export type TTeamRole = z.infer<typeof ZTeamRole>

/** Members are named by their user id: that is what the team list shows and what stays stable. */
export const ZChangeMemberRoleInput = z.strictObject({ userId: ZId, role: ZTeamRole })
export type TChangeMemberRoleInput = z.input<typeof ZChangeMemberRoleInput>

export const ZRemoveMemberInput = z.strictObject({ userId: ZId })
export type TRemoveMemberInput = z.input<typeof ZRemoveMemberInput>
