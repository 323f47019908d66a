import { sql } from 'drizzle-orm'
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { clerkSyncRole, clientRole, identityRole, staffDirectoryRole, staffRole, systemRole } from './actor-roles'
import { citext, createdAt, id, updatedAt } from './columns'
import { currentTenantId, currentUserId } from './context'
import { localeEnum, platformRoleEnum } from './enums'
import { rowPolicy } from './row-policy'

/**
 * Mirror of the identity provider's users (Clerk, or the dev adapter). Not tenant-owned: one
 * person may be a client of several businesses and staff of another.
 *
 * - a client reads its own user row only;
 * - staff and workflows read the users who are members of their tenant (their team);
 * - rows are written by identity sync, which is a cross-tenant entry point (next issue);
 * - the identity service (dev adapter) reads and provisions the users it owns, `dev:<email>`;
 * - Clerk sync (portail_private.clerk_*, owned by portail_clerk_sync) provisions, refreshes and
 *   anonymises the users it owns, `clerk:<user id>`;
 * - portail_private.staff_display_names (owned by portail_staff_directory) reads the names of the
 *   current tenant's members to default their public name to a first name.
 */
export const users = pgTable(
  'users',
  {
    id: id().primaryKey(),
    externalId: text('external_id').notNull().unique(),
    email: citext('email').notNull().unique(),
    name: text('name').notNull(),
    locale: localeEnum('locale'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** Platform role granted by the identity provider (Clerk public metadata), cached at sync. */
    platformRole: platformRoleEnum('platform_role'),
    /**
     * Clerk's updated_at of the data this row holds; null for a stub (created from a membership or
     * a token before the user's own data arrived). Older events never overwrite newer data.
     */
    clerkUpdatedAt: timestamp('clerk_updated_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => {
    const teammate = sql`${t.id} in (select m.user_id from memberships m where m.tenant_id = ${currentTenantId})`
    return [
      rowPolicy('users_client', clientRole, sql`${t.id} = ${currentUserId}`),
      rowPolicy('users_staff', staffRole, teammate),
      rowPolicy('users_system', systemRole, teammate),
      rowPolicy('users_identity', identityRole, sql`starts_with(${t.externalId}, 'dev:')`),
      rowPolicy('users_clerk_sync', clerkSyncRole, sql`starts_with(${t.externalId}, 'clerk:')`),
      rowPolicy('users_staff_directory', staffDirectoryRole, teammate),
    ]
  },
)
