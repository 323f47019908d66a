import { z } from 'zod'
import { ZId } from './common'
import { ZPersonName } from './person-name'
import { ZText } from './text'

/**
 * Joining a business's portal as a client. The person must accept the business's privacy notice,
 * and say which version they read: if the business published a new one meanwhile, they read again.
 */
export const ZJoinPortalInput = z.strictObject({
  acceptPrivacyNotice: z.boolean().refine((accepted) => accepted, { message: 'portal.privacyNoticeRequired' }),
  privacyNoticeVersion: ZText.trim().min(1).max(50),
  /** The person's name, asked while it is still their email's local part: the new client record's name. */
  fullName: ZPersonName.optional(),
})
export type TJoinPortalInput = z.input<typeof ZJoinPortalInput>

/** Staff email a client, created without an account, an invitation to the portal. */
export const ZInviteClientInput = z.strictObject({ id: ZId })
export type TInviteClientInput = z.input<typeof ZInviteClientInput>
