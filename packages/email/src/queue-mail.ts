import type { Tx } from '@portail/db'
import { mailOutbox } from '@portail/db/schema'
import type { MailMessage } from './mailer'

/**
 * The mail port's transactional side: writes the message into mail_outbox in the CALLER's
 * transaction, so it leaves if and only if the change it announces commits (an invitation rolled
 * back sends nothing). Delivery happens after commit: the local mailbox shows the row at once; a
 * real transport picks pending rows up (the relay), never inside a request's transaction.
 *
 * The caller's actor needs INSERT on mail_outbox for its own tenant (staff, system), and the
 * message must name that tenant. Attachments and headers travel with the row to the transport.
 */
export async function queueMail(tx: Tx, message: MailMessage & { tenantId: string }): Promise<void> {
  await tx.insert(mailOutbox).values({
    toAddress: message.to,
    locale: message.locale,
    subject: message.subject,
    textBody: message.text,
    htmlBody: message.html ?? null,
    attachments: message.attachments && message.attachments.length > 0 ? message.attachments : null,
    headers: message.headers && Object.keys(message.headers).length > 0 ? message.headers : null,
    deliveryId: message.deliveryId ?? null,
    kind: message.kind,
    tenantId: message.tenantId,
    idempotencyKey: message.idempotencyKey,
  })
}
