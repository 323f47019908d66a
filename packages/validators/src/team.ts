import { z } from 'zod'
import { ZId } from './common'
import { ZText } from './text'

/** The roles a member can hold; who may hand out which is decided in core, not here. */
export const ZTeamRole = z.enum(['owner', 'admin', 'staff'])
export type TTeamRole = z.infer<typeof ZTeamRole>

/** Members are named by their user id: that is what the team list shows and what stays stable. */
export const ZChangeMemberRoleInput = z.strictObject({ userId: ZId, role: ZTeamRole })
export type TChangeMemberRoleInput = z.input<typeof ZChangeMemberRoleInput>

export const ZRemoveMemberInput = z.strictObject({ userId: ZId })
export type TRemoveMemberInput = z.input<typeof ZRemoveMemberInput>

/**
 * The public name visitors see on the booking wizard; null goes back to the first word of the
 * user's name. Never an address: a name with '@' could publish someone's email.
 */
export const ZStaffDisplayName = ZText.trim()
  .min(1, { message: 'team.displayNameRequired' })
  .max(60, { message: 'team.displayNameTooLong' })
  .refine((name) => !name.includes('@'), { message: 'team.displayNameNoEmail' })

export const ZSetDisplayNameInput = z.strictObject({ userId: ZId, displayName: ZStaffDisplayName.nullable() })
export type TSetDisplayNameInput = z.input<typeof ZSetDisplayNameInput>
