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
/** How a service is paid when booked: nothing up front, a deposit, or the full price. */
export const paymentRuleEnum = pgEnum('payment_rule', ['none', 'deposit', 'full'])
/** What a schedule override does on its date: closes (all day or a span) or adds extra hours. */
export const scheduleOverrideKindEnum = pgEnum('schedule_override_kind', ['closed', 'extra'])
/** Where a booking stands; only pending_payment and confirmed hold the staff member's time. */
export const bookingStatusEnum = pgEnum('booking_status', [
  'pending_payment',
  'confirmed',
  'cancelled',
  'completed',
  'no_show',
])
