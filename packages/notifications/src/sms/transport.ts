/** One stored text message on its way out, as the relay hands it to a transport. */
export interface OutgoingSms {
  /** The sms_outbox id. */
  id: string
  /** E.164. */
  to: string
  body: string
}

export type SmsDeliveryResult =
  | { ok: true; providerMessageId: string | null }
  /** `permanent`: retrying cannot help (the number or the message is refused). */
  | { ok: false; permanent: boolean; error: string }

/**
 * Where the relay sends SMS: Twilio in production, or `local` (the sms_outbox row stays where the
 * dev mailbox shows it). Never called inside a database transaction.
 */
export interface SmsTransport {
  readonly name: 'twilio' | 'local'
  send(sms: OutgoingSms): Promise<SmsDeliveryResult>
}

/** The embedded default: the outbox row is the delivered message, so delivering is only a mark. */
export const localSmsTransport: SmsTransport = {
  name: 'local',
  send: () => Promise.resolve({ ok: true, providerMessageId: null }),
}
