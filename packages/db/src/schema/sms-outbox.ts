import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { identityRole, smsRelayRole, systemRole } from './actor-roles'
import { createdAt, id } from './columns'
import { isCurrentTenant } from './context'
import { localeEnum, mailStatusEnum } from './enums'
import { rowPolicy } from './row-policy'

/**
 * The SMS outbox, the twin of mail_outbox: a workflow queues a text here in its business
 * transaction, and the SMS relay (`deliverPendingSms`, as portail_sms_relay) hands it to a
 * transport (Twilio, or the local one, which only marks it: the dev mailbox lists it). A platform
 * table (tenant_id nullable, no foreign key): a record of what left, kept whatever becomes of the
 * business. `idempotency_key` is unique: a retried queue writes nothing new. `delivery_id` names
 * its message_deliveries row in `tenant_id`, which the trigger
 * portail_private.sync_delivery_from_outbox keeps in step when the relay records sent or failed.
 *
 * - workflows (system) queue their own business's texts (insert only, read nothing back);
 * - the SMS relay sees every row (a predicate on the status would refuse the update that records
 *   a delivery) and its grants narrow it to what a delivery reads and records;
 * - the identity actor reads them (the dev mailbox).
 */
export const smsOutbox = pgTable(
  'sms_outbox',
  {
    id: id().primaryKey(),
    tenantId: uuid('tenant_id'),
    /** E.164 (normalised with libphonenumber-js before queueing). */
    toPhone: text('to_phone').notNull(),
    body: text('body').notNull(),
    locale: localeEnum('locale').notNull(),
    kind: text('kind').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    deliveryId: uuid('delivery_id'),
    /** How many SMS segments the body takes (what the provider bills). */
    segments: integer('segments').notNull().default(1),
    createdAt: createdAt(),
    status: mailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    providerMessageId: text('provider_message_id'),
  },
  (t) => [
    check('sms_outbox_to_phone', sql`${t.toPhone} ~ '^\\+[1-9][0-9]{7,14}$'`),
    check('sms_outbox_segments', sql`${t.segments} between 1 and 10`),
    index('sms_outbox_to_idx').on(t.toPhone, t.createdAt.desc()),
    index('sms_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    rowPolicy('sms_outbox_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('sms_outbox_sms_relay', smsRelayRole, sql`true`),
    rowPolicy('sms_outbox_identity', identityRole, sql`true`),
  ],
)
