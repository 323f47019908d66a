import type { MailAttachment } from '@portail/db/schema'

/** One stored message on its way out, as the relay hands it to a transport. */
export interface OutgoingMail {
  /** The mail_outbox id: also the idempotency key, so a retried delivery sends the message once. */
  id: string
  to: string
  /** What the message is for ('sign-in-code', 'staff-invitation'…), as the mailbox records it. */
  kind: string
  subject: string
  text: string
  html: string | null
  /** mail_outbox.attachments (an .ics): optional so a relay that does not read them yet still compiles. */
  attachments?: MailAttachment[] | null
  /** mail_outbox.headers (List-Unsubscribe…). */
  headers?: Record<string, string> | null
}

export type DeliveryResult =
  | { ok: true; providerMessageId: string | null }
  /** `permanent`: retrying cannot help (the address or the message is refused). */
  | { ok: false; permanent: boolean; error: string }

/**
 * Where the relay sends mail: Resend in production, or `local` (the message stays in the local
 * mailbox, which is where a developer reads it). Never called inside a database transaction.
 */
export interface MailTransport {
  readonly name: 'resend' | 'local'
  deliver(mail: OutgoingMail): Promise<DeliveryResult>
}

/** The embedded default: the outbox row is the delivered mail, so delivering is only a mark. */
export const localTransport: MailTransport = {
  name: 'local',
  deliver: () => Promise.resolve({ ok: true, providerMessageId: null }),
}
