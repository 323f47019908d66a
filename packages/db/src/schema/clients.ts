import { sql } from 'drizzle-orm'
import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import {
  clerkSyncRole,
  clientRole,
  contextCheckRole,
  deliveryStatusRole,
  publicRole,
  staffRole,
  systemRole,
  tenantStatsRole,
} from './actor-roles'
import { citext, createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, currentUserId, isCurrentTenant } from './context'
import { localeEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'
import { users } from './users'
import type { ServiceAddress } from './postal-address'

export type { ServiceAddress } from './postal-address'

/** The kinds of message a client chooses channels for (essential mail always goes by email). */
export const notificationTopics = ['reminders', 'bookingChanges', 'payments', 'messages'] as const
export type NotificationTopic = (typeof notificationTopics)[number]
/** The channels a client may turn on or off; in-app notifications are always on. */
export const notificationChannels = ['email', 'sms', 'push'] as const
export type NotificationChannel = (typeof notificationChannels)[number]

export interface CommunicationPreferences {
  email: boolean
  sms: boolean
  marketing: boolean
  /** Web push to the client's subscribed devices; absent: off. */
  push?: boolean
  /** Per kind of message, a channel turned on or off; absent: the channel's switch above decides. */
  topics?: Partial<Record<NotificationTopic, Partial<Record<NotificationChannel, boolean>>>>
}

/**
 * The clients of a business. A client may exist before it has an account (created by staff);
 * `user_id` links it once that person signs in with the same verified email.
 *
 * - a signed-in visitor sees only the id of its own client row in the current tenant (how a
 *   request finds out it is a client here);
 * - a client reads its own row and updates its profile columns, never another client's row;
 * - staff manage every client of their tenant;
 * - workflows read and update clients of their tenant;
 * - Clerk sync unlinks (user_id = null) the client rows of a user deleted in Clerk, in every
 *   tenant; its grants reach user_id only;
 * - portail_private.tenant_counts (owned by portail_tenant_stats) counts the clients of each
 *   business for the operator console: it may read tenant_id and archived_at only;
 * - portail_context.check_actor_context (owned by portail_context_check) checks that a client
 *   context's user owns its client row: it sees that one row only when the context's user owns it,
 *   and may read tenant_id, id and user_id;
 * - provider webhooks (portail_delivery_status) flag an address that bounces (`email_bounced_at`)
 *   and a phone that answered STOP (`sms_opted_out_at`) in every tenant: a provider event names an
 *   address or a number, not a tenant. They may read tenant_id, id, email and phone, and write
 *   those two columns only.
 */
export const clients = pgTable(
  'clients',
  {
    tenantId: tenantId(),
    id: id(),
    userId: uuid('user_id'),
    fullName: text('full_name').notNull(),
    email: citext('email'),
    phone: text('phone'),
    serviceAddress: jsonb('service_address').$type<ServiceAddress>(),
    locale: localeEnum('locale').notNull().default('fr'),
    communicationPreferences: jsonb('communication_preferences')
      .$type<CommunicationPreferences>()
      .notNull()
      .default({ email: true, sms: false, marketing: false }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** The mail provider reported a hard bounce or a complaint for `email`: staff see it flagged. */
    emailBouncedAt: timestamp('email_bounced_at', { withTimezone: true }),
    /** The client answered STOP (or ARRÊT) to an SMS: no SMS until they opt in again. */
    smsOptedOutAt: timestamp('sms_opted_out_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'clients_pkey', columns: [t.tenantId, t.id] }),
    unique('clients_tenant_email_key').on(t.tenantId, t.email),
    unique('clients_tenant_user_key').on(t.tenantId, t.userId),
    foreignKey({ name: 'clients_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    foreignKey({ name: 'clients_user_fk', columns: [t.userId], foreignColumns: [users.id] }).onDelete('set null'),
    index('clients_tenant_name_idx').on(t.tenantId, t.fullName, t.id),
    index('clients_user_idx').on(t.userId),
    rowPolicy('clients_public', publicRole, sql`${isCurrentTenant(t.tenantId)} and ${t.userId} = ${currentUserId}`),
    rowPolicy('clients_client', clientRole, sql`${isCurrentTenant(t.tenantId)} and ${t.id} = ${currentClientId}`),
    rowPolicy('clients_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('clients_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('clients_clerk_sync', clerkSyncRole, sql`true`),
    rowPolicy('clients_tenant_stats', tenantStatsRole, sql`true`),
    rowPolicy('clients_delivery_status', deliveryStatusRole, sql`true`),
    rowPolicy(
      'clients_context_check',
      contextCheckRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.id} = ${currentClientId} and ${t.userId} = ${currentUserId}`,
    ),
  ],
)
