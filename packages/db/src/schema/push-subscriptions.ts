import { sql } from 'drizzle-orm'
import { check, foreignKey, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId } from './columns'
import { currentClientId, currentUserId, isCurrentTenant } from './context'
import { localeEnum, recipientKindEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'
import { users } from './users'

/**
 * Web push subscriptions, one per device and portal (UNIQUE tenant_id, endpoint). `user_id` is the
 * signed-in person who subscribed, client or staff; a client's subscription also names its client
 * row. The endpoint and keys are what web-push needs to reach that browser.
 *
 * - a client subscribes, lists and removes its own devices (recipient_kind client, its client id);
 * - a member of the team its own (recipient_kind staff, its user id);
 * - workflows (system) read them to send, remove one the push service answered 404 or 410, and
 *   record use and failures.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    tenantId: tenantId(),
    id: id(),
    recipientKind: recipientKindEnum('recipient_kind').notNull(),
    clientId: uuid('client_id'),
    userId: uuid('user_id').notNull(),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    userAgent: text('user_agent'),
    locale: localeEnum('locale').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    failures: integer('failures').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'push_subscriptions_pkey', columns: [t.tenantId, t.id] }),
    unique('push_subscriptions_endpoint_key').on(t.tenantId, t.endpoint),
    foreignKey({ name: 'push_subscriptions_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ name: 'push_subscriptions_user_fk', columns: [t.userId], foreignColumns: [users.id] }).onDelete(
      'cascade',
    ),
    check('push_subscriptions_recipient', sql`${t.recipientKind} = 'staff' or ${t.clientId} is not null`),
    rowPolicy(
      'push_subscriptions_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.recipientKind} = 'client' and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy(
      'push_subscriptions_staff',
      staffRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.recipientKind} = 'staff' and ${t.userId} = ${currentUserId}`,
    ),
    rowPolicy('push_subscriptions_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
