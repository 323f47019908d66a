import { Resend } from 'resend'
import type { DeliveryResult, MailTransport, OutgoingMail } from './transport'

export interface ResendTransportOptions {
  apiKey: string
  from: string
  /** Resend's API root (RESEND_BASE_URL); tests point it at a local server. */
  baseUrl?: string
}

/** Resend answers 409 while the same idempotency key is still being processed: try again later. */
const retryable = (status: number | null) => status === null || status === 409 || status === 429 || status >= 500

/**
 * Real delivery through Resend: the HTML and text parts, the attachments (base64, with their
 * content type: `text/calendar; method=REQUEST` for an invitation) and the headers
 * (List-Unsubscribe, List-Unsubscribe-Post). The outbox id goes out as the `Idempotency-Key`, so a
 * message sent twice (a relay that died between sending and recording it) reaches the recipient once. The SDK
 * returns errors as values: no status (network) or 409/429/5xx are worth retrying; any other
 * refusal (bad address, unverified sender, invalid key) is permanent.
 */
export function createResendTransport(options: ResendTransportOptions): MailTransport {
  const resend = new Resend(options.apiKey, { baseUrl: options.baseUrl })
  return {
    name: 'resend',
    async deliver(mail: OutgoingMail): Promise<DeliveryResult> {
      const { data, error } = await resend.emails.send(
        {
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          ...(mail.attachments && mail.attachments.length > 0
            ? {
                attachments: mail.attachments.map((file) => ({
                  filename: file.filename,
                  content: file.contentBase64,
                  contentType: file.contentType,
                })),
              }
            : {}),
          ...(mail.headers && Object.keys(mail.headers).length > 0 ? { headers: mail.headers } : {}),
        },
        { idempotencyKey: mail.id },
      )
      if (error) {
        const status = typeof error.statusCode === 'number' ? error.statusCode : null
        return {
          ok: false,
          permanent: !retryable(status),
          error: `resend ${status ?? 'network'} ${error.name}: ${error.message}`.slice(0, 500),
        }
      }
      return { ok: true, providerMessageId: data.id }
    },
  }
}
