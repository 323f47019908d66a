import type { Tx } from '@portail/db'
import type { Locale } from '@portail/i18n'
import { sql } from 'drizzle-orm'

export interface QueuedSms {
  tenantId: string
  /** E.164 (toE164). */
  toPhone: string
  body: string
  locale: Locale
  /** What the message is for ('booking-reminder'…), as the dev mailbox shows it. */
  kind: string
  /** Unique: a retried queueing of the same message writes nothing new. */
  idempotencyKey: string
  /** The message_deliveries row this message is logged in (same tenant). */
  deliveryId: string
  segments: number
}

/**
 * The SMS port's transactional side, like queueMail: the message goes into sms_outbox in the
 * CALLER's transaction (the system actor of its tenant), so it leaves if and only if what it
 * announces commits; the relay (deliverPendingSms) sends it after commit. The local adapter's
 * "sent" message is this row, which the dev mailbox lists. The idempotency key is
 * unique: queueing the same message twice fails the caller's transaction (notify() dedupes first).
 */
export async function queueSms(tx: Tx, message: QueuedSms): Promise<void> {
  await tx.execute(sql`
    insert into sms_outbox (tenant_id, to_phone, body, locale, kind, idempotency_key, delivery_id, segments)
    values (${message.tenantId}, ${message.toPhone}, ${message.body}, ${message.locale}, ${message.kind},
            ${message.idempotencyKey}, ${message.deliveryId}, ${message.segments})`)
}
