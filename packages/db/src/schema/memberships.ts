import { sql } from 'drizzle-orm'
import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import {
  clerkSyncRole,
  contextCheckRole,
  onboardingRole,
  publicRole,
  staffDirectoryRole,
  staffRole,
  systemRole,
  tenantStatsRole,
} from './actor-roles'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentUserId, isCurrentTenant } from './context'
import { membershipRoleEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'
import { users } from './users'

/** The notices a member of the team may receive about the business's activity. */
export const staffNoticeKinds = ['bookingCreated', 'bookingCancelled', 'bookingRescheduled', 'messages'] as const
export type StaffNoticeKind = (typeof staffNoticeKinds)[number]
/** The channels a member may turn on or off for a notice; in-app is always on. */
export type StaffNoticeChannel = 'email' | 'push'
/** Per notice, the channels a member turned on or off; absent: the default of that notice. */
export type StaffNotificationPreferences = Partial<
  Record<StaffNoticeKind, Partial<Record<StaffNoticeChannel, boolean>>>
>

/**
 * Staff of a business: a user with a role (owner, admin, staff) in one tenant.
 *
 * - a visitor who is signed in sees its own membership in the current tenant, and nothing else:
 *   that is how a request finds out whether its user is staff here;
 * - staff read and manage their tenant's memberships (role changes are checked in the API);
 * - workflows (identity sync) manage memberships inside their tenant;
 * - clients see none;
 * - portail_private.create_tenant inserts the first owner of a new business (INSERT only);
 * - Clerk sync (portail_clerk_sync) mirrors organization memberships across tenants: a membership
 *   event names its organization, not a tenant context;
 * - portail_private.tenant_counts (owned by portail_tenant_stats) counts them per tenant for the
 *   operator console: it may read tenant_id only;
 * - portail_private.staff_display_names (owned by portail_staff_directory) gives visitors and clients
 *   the public name of each member of the current tenant: it may read tenant_id, id, user_id and
 *   display_name, and returns only id and the name;
 * - portail_context.check_actor_context (owned by portail_context_check) checks that a staff
 *   context's user is a member of its tenant: it sees only that user's membership there, and may
 *   read tenant_id and user_id.
 */
export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    role: membershipRoleEnum('role').notNull(),
    /**
     * The name visitors see when they pick who performs a service ("Sophie", "Marc L."): a value
     * the business chooses to make public. Null: the first word of the user's name.
     */
    displayName: text('display_name'),
    /** Which notices this member gets by which channel (they change their own; core checks it). */
    notificationPreferences: jsonb('notification_preferences')
      .$type<StaffNotificationPreferences>()
      .notNull()
      .default({}),
    /** Clerk's updated_at of the membership data last applied; null when made from a token. */
    clerkUpdatedAt: timestamp('clerk_updated_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'memberships_pkey', columns: [t.tenantId, t.id] }),
    unique('memberships_tenant_user_key').on(t.tenantId, t.userId),
    foreignKey({ name: 'memberships_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ name: 'memberships_user_fk', columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('memberships_user_idx').on(t.userId),
    rowPolicy('memberships_public', publicRole, sql`${isCurrentTenant(t.tenantId)} and ${t.userId} = ${currentUserId}`),
    rowPolicy('memberships_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('memberships_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('memberships_onboarding', onboardingRole, sql`true`),
    rowPolicy('memberships_clerk_sync', clerkSyncRole, sql`true`),
    rowPolicy('memberships_tenant_stats', tenantStatsRole, sql`true`),
    rowPolicy('memberships_staff_directory', staffDirectoryRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'memberships_context_check',
      contextCheckRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.userId} = ${currentUserId}`,
    ),
  ],
)
