import type { MailAttachment } from '@portail/db/schema'

export type { MailAttachment }

/** One message to one address, already rendered in the recipient's language. */
export interface MailMessage {
  to: string
  locale: 'fr' | 'en'
  subject: string
  text: string
  html?: string
  /** Files sent with it: an .ics invitation is `text/calendar; method=REQUEST` (or CANCEL). */
  attachments?: MailAttachment[]
  /**
   * Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post on non-essential mail
   * (unsubscribeLink). Essential mail (codes, receipts) carries none.
   */
  headers?: Record<string, string>
  /** The message_deliveries row (same tenant) this mail is the email channel of, if any. */
  deliveryId?: string
  /** What the message is for ('sign-in-code'…), for the mailbox and, later, for metrics. */
  kind: string
  /** The business the message is sent for, if any (a code asked on that business's portal). */
  tenantId?: string | null
  /** Same key, same message: a retried send delivers it once. */
  idempotencyKey: string
}

/**
 * The mail port. Adapters: `outbox` (the local mailbox of the embedded default, here) and, later,
 * Resend for real delivery. Callers never know which one runs.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}
