import { readSmsEnv } from './env'
import { localSmsTransport, type SmsTransport } from './transport'
import { createTwilioTransport } from './twilio-transport'

/** Twilio when TWILIO_* are set, else the local outbox (the dev mailbox). */
export function smsTransportFromEnv(source?: Record<string, string | undefined>): SmsTransport {
  const env = readSmsEnv(source)
  if (env.transport === 'local') return localSmsTransport
  return createTwilioTransport(env)
}
