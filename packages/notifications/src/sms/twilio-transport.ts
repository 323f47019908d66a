import twilio from 'twilio'
import type { OutgoingSms, SmsDeliveryResult, SmsTransport } from './transport'

export interface TwilioTransportOptions {
  accountSid: string
  authToken: string
  from: string
  statusCallbackUrl?: string | undefined
  /** Twilio's API root; tests point it at a local server. */
  apiBase?: string | undefined
}

/**
 * The SDK builds every URL from hard-coded hosts (api.twilio.com): its RequestClient is the
 * documented hook, so this one rewrites the scheme and host to `apiBase` and keeps the path.
 */
class BaseUrlRequestClient extends twilio.RequestClient {
  constructor(private readonly apiBase: string) {
    super({ autoRetry: false, timeout: 15_000 })
  }

  // The options type through the public class, not the SDK's lib/ path.
  override request<TData>(options: Parameters<typeof twilio.RequestClient.prototype.request<TData>>[0]) {
    return super.request<TData>({
      ...options,
      uri: options.uri.replace(/^https:\/\/[^/]+/, this.apiBase.replace(/\/$/, '')),
    })
  }
}

/** Too many requests, or Twilio's own trouble: worth another attempt. Any other refusal is final. */
const retryable = (status: number | null) => status === null || status === 409 || status === 429 || status >= 500

const sending = (sender: string) => (sender.startsWith('MG') ? { messagingServiceSid: sender } : { from: sender })

/**
 * Real delivery through Twilio's Messages API. Twilio has no idempotency key for messages, so the
 * relay's lease is what keeps a message from being sent twice (a relay that dies between sending
 * and recording can, past its lease, send it again: the same trade-off Twilio's own docs describe).
 * Refusals of the number or content (400: invalid or unsubscribed number, 21610 after a STOP) are
 * permanent; 429, 5xx and network errors are retried by the relay with backoff.
 */
export function createTwilioTransport(options: TwilioTransportOptions): SmsTransport {
  const client = twilio(options.accountSid, options.authToken, {
    autoRetry: false,
    ...(options.apiBase ? { httpClient: new BaseUrlRequestClient(options.apiBase) } : {}),
  })
  return {
    name: 'twilio',
    async send(sms: OutgoingSms): Promise<SmsDeliveryResult> {
      try {
        const message = await client.messages.create({
          to: sms.to,
          body: sms.body,
          ...sending(options.from),
          ...(options.statusCallbackUrl ? { statusCallback: options.statusCallbackUrl } : {}),
        })
        return { ok: true, providerMessageId: message.sid }
      } catch (error) {
        if (error instanceof twilio.RestException) {
          return {
            ok: false,
            permanent: !retryable(error.status),
            error: `twilio ${error.status} ${error.code ?? ''}: ${error.message}`.slice(0, 500),
          }
        }
        return { ok: false, permanent: false, error: `twilio network: ${String(error)}`.slice(0, 500) }
      }
    },
  }
}
