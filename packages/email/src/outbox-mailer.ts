import type { Database } from '@portail/db'
import { mailOutbox } from '@portail/db/schema'
import type { MailMessage, Mailer } from './mailer'

/**
 * Delivers into mail_outbox, the local mailbox a developer or a test reads. It writes as the
 * identity actor because sign-in codes are the only mail so far and that actor alone holds grants
 * on the mailbox; tenant mail (invitations, invoices) will bring its own grant and actor.
 *
 * It takes the database rather than a caller's transaction on purpose: a real adapter sends over
 * the network, which must never happen inside a database transaction, so callers are written for
 * a send that is not rolled back with them from the start.
 */
export function createOutboxMailer(
  database: Database,
  options: {
    /** Called once a message is stored: `pnpm dev` echoes it to the console until the mailbox page exists. */
    onDelivered?: (message: MailMessage) => void
  } = {},
): Mailer {
  return {
    async send(message) {
      await database.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
        tx
          .insert(mailOutbox)
          .values({
            toAddress: message.to,
            locale: message.locale,
            subject: message.subject,
            textBody: message.text,
            htmlBody: message.html ?? null,
            attachments: message.attachments && message.attachments.length > 0 ? message.attachments : null,
            headers: message.headers && Object.keys(message.headers).length > 0 ? message.headers : null,
            kind: message.kind,
            tenantId: message.tenantId ?? null,
            idempotencyKey: message.idempotencyKey,
          })
          .onConflictDoNothing({ target: mailOutbox.idempotencyKey }),
      )
      options.onDelivered?.(message)
    },
  }
}
