import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { identityRole, staffRole } from './actor-roles'
import { createdAt, id } from './columns'
import { isCurrentTenant } from './context'
import { localeEnum, mailStatusEnum } from './enums'
import { rowPolicy } from './row-policy'

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
    kind: text('kind').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: createdAt(),
    status: mailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    providerMessageId: text('provider_message_id'),
  },
  (t) => [
    index('mail_outbox_to_idx').on(t.toAddress, t.createdAt.desc()),
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    rowPolicy('mail_outbox_identity', identityRole, sql`true`),
    rowPolicy('mail_outbox_staff', staffRole, isCurrentTenant(t.tenantId)),
  ],
)
