import { sql } from 'drizzle-orm'
import { foreignKey, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId } from './columns'
import { currentTenantId, currentUserId, isCurrentTenant } from './context'
import { memberships } from './memberships'
import { rowPolicy } from './row-policy'

/**
 * Private calendar feeds: a staff member subscribes Google Calendar or Outlook to a secret URL.
 * Only the SHA-256 of the URL's random token is stored, so the table never holds a usable URL;
 * a feed is revoked, never deleted, and at most one per member is live.
 *
 * - a staff member reads, creates and revokes their own feeds only (not a teammate's);
 * - workflows (the feed endpoint, as the tenant's system actor) read them to find a token's owner.
 */
export const staffCalendarFeeds = pgTable(
  'staff_calendar_feeds',
  {
    tenantId: tenantId(),
    id: id(),
    membershipId: uuid('membership_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'staff_calendar_feeds_pkey', columns: [t.tenantId, t.id] }),
    unique('staff_calendar_feeds_token_hash').on(t.tenantId, t.tokenHash),
    uniqueIndex('staff_calendar_feeds_live')
      .on(t.tenantId, t.membershipId)
      .where(sql`${t.revokedAt} is null`),
    foreignKey({
      name: 'staff_calendar_feeds_membership_fk',
      columns: [t.tenantId, t.membershipId],
      foreignColumns: [memberships.tenantId, memberships.id],
    }).onDelete('cascade'),
    rowPolicy(
      'staff_calendar_feeds_staff',
      staffRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.membershipId} in (select m.id from memberships m where m.tenant_id = ${currentTenantId} and m.user_id = ${currentUserId})`,
    ),
    rowPolicy('staff_calendar_feeds_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
