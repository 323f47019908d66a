import { sql } from 'drizzle-orm'
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { clientRole, deliveryStatusRole, deliverySyncRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { deliveryChannelEnum, deliveryStatusEnum, localeEnum, recipientKindEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/** Why a message was not sent (status skipped) or not yet (deferred), in words a person reads. */
export const skipReasons = [
  'opted_out',
  'no_email',
  'no_phone',
  'no_push_device',
  'quiet_hours',
  'booking_cancelled',
  'booking_moved',
  'too_late',
  'address_bouncing',
  'channel_off',
] as const
export type SkipReason = (typeof skipReasons)[number]

/**
 * The delivery log: one row per message per channel, sent or not, so no message is lost silently.
 * `dedupe_key` is unique per tenant and channel: a repeated send of the same message (a retried
 * step, a redelivered event) finds the row it wrote and sends nothing twice. A message not sent
 * says why (`skip_reason`). Provider webhooks move it on (delivered, bounced, complained); the mail
 * and SMS outbox triggers copy sent or failed into it (portail_private.sync_delivery_from_outbox).
 *
 * - staff read their tenant's log (on a booking, on a client record);
 * - a client reads the messages sent to them as a client (their notification history);
 * - workflows (system) write it in their tenant: insert, and the delivery columns of an update;
 * - provider webhooks (portail_delivery_status) find a delivery by its provider id in any tenant
 *   (an event names a provider message, not a tenant) and update its status only;
 * - portail_private.sync_delivery_from_outbox (owned by portail_delivery_sync) copies an outbox
 *   row's delivery into its row: it sees every row, its grants the columns it compares and copies.
 *
 * provider_message_id is indexed but not unique: a unique index of a tenant table must lead with
 * tenant_id (catalog invariants: a cross-tenant unique index tells one tenant's writer that another
 * tenant's row exists), and provider ids are unique at the provider already. A webhook updates every
 * row of that id (one, in practice).
 */
export const messageDeliveries = pgTable(
  'message_deliveries',
  {
    tenantId: tenantId(),
    id: id(),
    channel: deliveryChannelEnum('channel').notNull(),
    template: text('template').notNull(),
    topic: text('topic').notNull(),
    recipientKind: recipientKindEnum('recipient_kind').notNull(),
    clientId: uuid('client_id'),
    userId: uuid('user_id'),
    /** The address or number used (email, E.164 phone); null for push and in-app, or when missing. */
    toAddress: text('to_address'),
    locale: localeEnum('locale').notNull(),
    bookingId: uuid('booking_id'),
    /** What else the message is about (later: an invoice, a message thread). */
    relatedType: text('related_type'),
    relatedId: uuid('related_id'),
    status: deliveryStatusEnum('status').notNull().default('queued'),
    skipReason: text('skip_reason').$type<SkipReason>(),
    providerMessageId: text('provider_message_id'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    dedupeKey: text('dedupe_key').notNull(),
    /** When the status last changed (a provider's event time for webhook statuses). */
    statusAt: timestamp('status_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'message_deliveries_pkey', columns: [t.tenantId, t.id] }),
    unique('message_deliveries_dedupe_key').on(t.tenantId, t.channel, t.dedupeKey),
    foreignKey({ name: 'message_deliveries_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    check(
      'message_deliveries_skip_reason',
      sql`${t.skipReason} in ('opted_out', 'no_email', 'no_phone', 'no_push_device', 'quiet_hours', 'booking_cancelled', 'booking_moved', 'too_late', 'address_bouncing', 'channel_off')`,
    ),
    index('message_deliveries_booking_idx')
      .on(t.tenantId, t.bookingId, t.createdAt)
      .where(sql`${t.bookingId} is not null`),
    index('message_deliveries_client_idx').on(t.tenantId, t.clientId, t.createdAt.desc()),
    index('message_deliveries_provider_idx')
      .on(t.providerMessageId)
      .where(sql`${t.providerMessageId} is not null`),
    rowPolicy('message_deliveries_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'message_deliveries_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.recipientKind} = 'client' and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy('message_deliveries_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('message_deliveries_delivery_status', deliveryStatusRole, sql`true`),
    rowPolicy('message_deliveries_delivery_sync', deliverySyncRole, sql`true`),
  ],
)
