import { z } from 'zod'
import { ZId } from './common'
import { ZEmail } from './contact'
import { ZPersonName } from './person-name'
import { ZText } from './text'

/** Owners come from creating the business; an invitation makes an admin or a staff member. */
export const ZInvitationRole = z.enum(['admin', 'staff'])
export type TInvitationRole = z.infer<typeof ZInvitationRole>

export const ZCreateInvitationInput = z.strictObject({ email: ZEmail, role: ZInvitationRole })
export type TCreateInvitationInput = z.input<typeof ZCreateInvitationInput>

export const ZInvitationIdInput = z.strictObject({ id: ZId })
export type TInvitationIdInput = z.input<typeof ZInvitationIdInput>

/** The token of an invitation link: 32 random bytes, base64url. Anything else is no invitation. */
export const ZInvitationToken = ZText.length(43, { message: 'invitation.notFound' }).regex(/^[A-Za-z0-9_-]{43}$/, {
  message: 'invitation.notFound',
})

export const ZInvitationTokenInput = z.strictObject({ token: ZInvitationToken })
export type TInvitationTokenInput = z.input<typeof ZInvitationTokenInput>

/** Accepting a team invitation, with the person's own name when the page asked for it. */
export const ZAcceptInvitationInput = z.strictObject({ token: ZInvitationToken, fullName: ZPersonName.optional() })
export type TAcceptInvitationInput = z.input<typeof ZAcceptInvitationInput>
