import { sql } from 'drizzle-orm'
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { identityRole, staffRole } from './actor-roles'
import { createdAt, id } from './columns'
import { isCurrentTenant } from './context'
import { localeEnum } from './enums'
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
  },
  (t) => [
    index('mail_outbox_to_idx').on(t.toAddress, t.createdAt.desc()),
    rowPolicy('mail_outbox_identity', identityRole, sql`true`),
    rowPolicy('mail_outbox_staff', staffRole, isCurrentTenant(t.tenantId)),
  ],
)
