import type { Tx } from '@portail/db'
import { smsOutbox } from '@portail/db/schema'
import type { Locale } from '@portail/i18n'

export interface QueuedSms {
  tenantId: string
  /** E.164 (toE164). */
  toPhone: string
  body: string
  locale: Locale
  /** What the message is for ('booking-reminder'…), as the dev mailbox shows it. */
  kind: string
  /** Unique: queueing the same message twice fails the caller's transaction (notify() dedupes first). */
  idempotencyKey: string
  /** The message_deliveries row this message is logged in (same tenant). */
  deliveryId: string
  segments: number
}

/**
 * The SMS port's transactional side, like queueMail: the message goes into sms_outbox in the
 * CALLER's transaction (the system actor of its tenant, which may insert and read nothing back),
 * so it leaves if and only if what it announces commits; the relay (deliverPendingSms) sends it
 * after commit. The local adapter's "sent" message is this row, which the dev mailbox lists.
 */
export async function queueSms(tx: Tx, message: QueuedSms): Promise<void> {
  await tx.insert(smsOutbox).values({
    tenantId: message.tenantId,
    toPhone: message.toPhone,
    body: message.body,
    locale: message.locale,
    kind: message.kind,
    idempotencyKey: message.idempotencyKey,
    deliveryId: message.deliveryId,
    segments: message.segments,
  })
}
