import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { identityRole, mailRelayRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id } from './columns'
import { isCurrentTenant } from './context'
import { localeEnum, mailStatusEnum } from './enums'
import { rowPolicy } from './row-policy'

/** A file attached to a mail (an .ics invitation), its bytes in base64. */
export interface MailAttachment {
  filename: string
  contentType: string
  contentBase64: string
}

/**
 * The local mailbox of the embedded default: every message the `outbox` mailer "sends" lands here,
 * where a developer (or a test) reads it. The Resend adapter will deliver instead.
 *
 * `tenant_id` names the business a message is sent for, if any (a sign-in code asked on a tenant's
 * portal). It is nullable, so this is a platform table, not a tenant table, and it has no foreign
 * key: the mailbox is a record of what left, kept whatever becomes of the tenant. Tenant actors get
 * no access but staff, who queue mail for their own business (invitations) and read nothing back.
 *
 * `idempotency_key` is unique: a retried send of the same message writes nothing new.
 *
 * Delivery columns belong to the relay (`deliverPendingMail`, as the identity actor): a row is
 * `pending` until a transport takes it (`sent`; the local transport only marks it), is retried with
 * backoff (`attempts`, `next_attempt_at`, `last_error`), and ends `failed` when retrying cannot help.
 * Nothing deletes a row, so no mail is ever lost without a trace.
 *
 * `delivery_id` names the message_deliveries row (in `tenant_id`) this mail is the email channel
 * of: when the relay records sent or failed, the trigger portail_private.sync_delivery_from_outbox
 * copies it there. No foreign key, like tenant_id: the mailbox outlives what it was sent for.
 *
 * Who may do what: the identity actor writes messages and reads them back (the local mailbox);
 * staff and workflows (system) queue their own business's mail and read nothing back; the mail
 * relay (portail_mail_relay) sees every row (a message moves from pending to sent or failed, so a
 * predicate on the status would refuse the very update that records a delivery), and its grants
 * narrow it to the columns a delivery reads and records.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id().primaryKey(),
    tenantId: uuid('tenant_id'),
    toAddress: text('to_address').notNull(),
    locale: localeEnum('locale').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
    headers: jsonb('headers').$type<Record<string, string>>(),
    kind: text('kind').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: createdAt(),
    status: mailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    providerMessageId: text('provider_message_id'),
    deliveryId: uuid('delivery_id'),
  },
  (t) => [
    index('mail_outbox_to_idx').on(t.toAddress, t.createdAt.desc()),
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    rowPolicy('mail_outbox_identity', identityRole, sql`true`),
    rowPolicy('mail_outbox_mail_relay', mailRelayRole, sql`true`),
    rowPolicy('mail_outbox_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('mail_outbox_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
