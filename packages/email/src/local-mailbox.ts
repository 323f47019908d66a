import type { Database } from '@portail/db'
import { type MailAttachment, mailOutbox } from '@portail/db/schema'
import { and, desc, eq } from 'drizzle-orm'

export interface MailboxEntry {
  to: string
  locale: 'fr' | 'en'
  subject: string
  text: string
  kind: string
  tenantId: string | null
  createdAt: Date
}

/** The newest messages sent to `to` (of one kind, if given): what the developer's inbox shows. */
export function readLocalMailbox(
  database: Database,
  to: string,
  options: { kind?: string; limit?: number } = {},
): Promise<MailboxEntry[]> {
  return database.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({
        to: mailOutbox.toAddress,
        locale: mailOutbox.locale,
        subject: mailOutbox.subject,
        text: mailOutbox.textBody,
        kind: mailOutbox.kind,
        tenantId: mailOutbox.tenantId,
        createdAt: mailOutbox.createdAt,
      })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, to), options.kind ? eq(mailOutbox.kind, options.kind) : undefined))
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(options.limit ?? 20),
  )
}

/** One message as the dev mailbox page shows it: the whole message and how far it got. */
export interface MailboxMessage extends MailboxEntry {
  id: string
  html: string | null
  attachments: MailAttachment[] | null
  headers: Record<string, string> | null
  status: 'pending' | 'sent' | 'failed'
}

/**
 * The whole local mailbox, newest first, for the dev mailbox page (embedded default only: the page
 * refuses to exist where the dev sign-in does not run). Read as the identity actor, the one that
 * holds the mailbox; a page never queries the table itself.
 */
export function listLocalMailbox(database: Database, options: { limit?: number } = {}): Promise<MailboxMessage[]> {
  return database.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({
        id: mailOutbox.id,
        to: mailOutbox.toAddress,
        locale: mailOutbox.locale,
        subject: mailOutbox.subject,
        text: mailOutbox.textBody,
        html: mailOutbox.htmlBody,
        attachments: mailOutbox.attachments,
        headers: mailOutbox.headers,
        kind: mailOutbox.kind,
        tenantId: mailOutbox.tenantId,
        status: mailOutbox.status,
        createdAt: mailOutbox.createdAt,
      })
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(options.limit ?? 50),
  )
}
