import { sql } from 'drizzle-orm'
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { clientRole, identityRole, staffRole, systemRole } from './actor-roles'
import { citext, createdAt, id, updatedAt } from './columns'
import { currentTenantId, currentUserId } from './context'
import { localeEnum } from './enums'
import { rowPolicy } from './row-policy'

/**
 * Mirror of the identity provider's users (Clerk, or the dev adapter). Not tenant-owned: one
 * person may be a client of several businesses and staff of another.
 *
 * - a client reads its own user row only;
 * - staff and workflows read the users who are members of their tenant (their team);
 * - rows are written by identity sync, which is a cross-tenant entry point (next issue);
 * - the identity service (dev adapter) reads and provisions the users it owns, `dev:<email>`.
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
    ]
  },
)
