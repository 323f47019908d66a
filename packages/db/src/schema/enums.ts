import { pgEnum } from 'drizzle-orm/pg-core'

export const localeEnum = pgEnum('locale', ['fr', 'en'])
export const tenantStatusEnum = pgEnum('tenant_status', ['active', 'suspended'])
export const membershipRoleEnum = pgEnum('membership_role', ['owner', 'admin', 'staff'])
/** A platform-wide role the identity provider grants (Clerk public metadata `role: "operator"`). */
export const platformRoleEnum = pgEnum('platform_role', ['operator'])
/** What a one-time code is for: opening a session, or confirming a sensitive action in one. */
export const codePurposeEnum = pgEnum('code_purpose', ['sign-in', 'step-up'])
/** Where an outbox mail stands: waiting (or waiting to retry), handed over, or given up on. */
export const mailStatusEnum = pgEnum('mail_status', ['pending', 'sent', 'failed'])
