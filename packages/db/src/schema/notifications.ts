import { sql } from 'drizzle-orm'
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId } from './columns'
import { currentClientId, currentUserId, isCurrentTenant } from './context'
import { recipientKindEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * In-app notifications, one per recipient: a client of the business, or a member of its team.
 * `kind` and `params` are rendered in the reader's language when shown (no text stored).
 *
 * - a client reads its own (recipient_kind client, its client id) and marks them read;
 * - a member of the team reads its own (recipient_kind staff, its user id) and marks them read;
 *   never a colleague's;
 * - workflows (system) write them in their tenant and read them back.
 *
 * A trigger (notifications_notify, custom migration) sends pg_notify('portail_notifications', …)
 * on every insert with ids only (tenant, recipient kind, recipient id, notification id): a live
 * subscriber re-reads the row through its own context, so the channel carries nothing its
 * listeners could not see.
 */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantId(),
    id: id(),
    recipientKind: recipientKindEnum('recipient_kind').notNull(),
    clientId: uuid('client_id'),
    userId: uuid('user_id'),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    bookingId: uuid('booking_id'),
    /** Where the notification leads in the app (a path), if anywhere. */
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'notifications_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'notifications_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    check(
      'notifications_recipient',
      sql`(${t.recipientKind} = 'client' and ${t.clientId} is not null) or (${t.recipientKind} = 'staff' and ${t.userId} is not null)`,
    ),
    index('notifications_client_idx')
      .on(t.tenantId, t.clientId, t.id.desc())
      .where(sql`${t.recipientKind} = 'client'`),
    index('notifications_staff_idx')
      .on(t.tenantId, t.userId, t.id.desc())
      .where(sql`${t.recipientKind} = 'staff'`),
    rowPolicy(
      'notifications_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.recipientKind} = 'client' and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy(
      'notifications_staff',
      staffRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.recipientKind} = 'staff' and ${t.userId} = ${currentUserId}`,
    ),
    rowPolicy('notifications_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
