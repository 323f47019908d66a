import { pgEnum } from 'drizzle-orm/pg-core'

export const localeEnum = pgEnum('locale', ['fr', 'en'])
export const tenantStatusEnum = pgEnum('tenant_status', ['active', 'suspended'])
export const membershipRoleEnum = pgEnum('membership_role', ['owner', 'admin', 'staff'])
/** A platform-wide role the identity provider grants (Clerk public metadata `role: "operator"`). */
export const platformRoleEnum = pgEnum('platform_role', ['operator'])
