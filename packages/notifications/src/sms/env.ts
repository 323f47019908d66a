import { z } from 'zod'

/** How SMS leave: the local outbox only (the dev mailbox lists them), or Twilio. */
export type SmsEnv =
  | { transport: 'local' }
  | {
      transport: 'twilio'
      accountSid: string
      authToken: string
      /** The sender: an E.164 number of the account, or a Messaging Service SID (MG…). */
      from: string
      /**
       * The public https URL of /api/webhooks/twilio/status, where Twilio reports delivered or
       * failed; without it the delivery log stops at "sent".
       */
      statusCallbackUrl: string | undefined
      /** Twilio's API root (TWILIO_API_BASE); only tests (a local server) and proxies change it. */
      apiBase: string | undefined
    }

type Source = Record<string, string | undefined>

const accountSid = /^AC[0-9a-f]{32}$/
const authToken = /^[0-9a-f]{32}$/
const sender = /^(?:\+[1-9]\d{7,14}|MG[0-9a-f]{32})$/

/**
 * Reads the SMS configuration: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM together, or
 * none (the local adapter, the embedded default). Half a configuration stops the start-up with the
 * missing names rather than fail every message later.
 */
export function readSmsEnv(source: Source = process.env): SmsEnv {
  const read = (name: string) => source[name]?.trim() ?? ''
  const required = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const
  const missing = required.filter((name) => !read(name))
  if (missing.length === required.length) return { transport: 'local' }
  if (missing.length > 0) {
    throw new Error(`Twilio SMS needs ${required.join(', ')} together: ${missing.join(', ')} missing.`)
  }
  if (!accountSid.test(read('TWILIO_ACCOUNT_SID'))) {
    throw new Error('TWILIO_ACCOUNT_SID must be the account SID: AC followed by 32 hexadecimal characters.')
  }
  if (!authToken.test(read('TWILIO_AUTH_TOKEN'))) {
    throw new Error('TWILIO_AUTH_TOKEN must be the auth token: 32 hexadecimal characters.')
  }
  if (!sender.test(read('TWILIO_FROM'))) {
    throw new Error('TWILIO_FROM must be a phone number in E.164 (+15145550100) or a Messaging Service SID (MG…).')
  }
  const callback = read('TWILIO_STATUS_CALLBACK_URL')
  if (callback && !z.url({ protocol: /^https$/ }).safeParse(callback).success) {
    throw new Error(
      'TWILIO_STATUS_CALLBACK_URL must be the public https URL of /api/webhooks/twilio/status (Twilio signs it).',
    )
  }
  const apiBase = read('TWILIO_API_BASE')
  if (apiBase && !z.url({ protocol: /^https?$/ }).safeParse(apiBase).success) {
    throw new Error('TWILIO_API_BASE must be an http(s) URL.')
  }
  return {
    transport: 'twilio',
    accountSid: read('TWILIO_ACCOUNT_SID'),
    authToken: read('TWILIO_AUTH_TOKEN'),
    from: read('TWILIO_FROM'),
    statusCallbackUrl: callback || undefined,
    apiBase: apiBase || undefined,
  }
}
