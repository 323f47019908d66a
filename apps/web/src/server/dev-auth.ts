import 'server-only'
import { devAuthFromEnv } from '@portail/auth/dev'
import { nudge } from '@portail/core/outbox-nudge'
import type { MailMessage } from '@portail/email'
import { loggerFor } from '@portail/logger'
import { webEnv } from '../env'
import { getDatabase } from './database'
import { getRateLimits, requestAddress } from './rate-limits'

type DevAuthHandlers = ReturnType<typeof devAuthFromEnv>['handlers']

// Under `pnpm dev` the local mailbox has no page yet: the terminal is where a developer reads the
// code. Never in production, where the mail (and its code) would end up in the logs; the address
// is in the message text on purpose, since the redaction of `email` fields would hide it.
const echoToConsole = (message: MailMessage) =>
  loggerFor('local-mailbox').info(`local mailbox: to ${message.to}: ${message.subject}`)

/**
 * A code is stored (committed) in the mail outbox: the mail relay is nudged to send it now rather
 * than at its next cron tick, so it arrives within seconds.
 */
const onMailStored = (message: MailMessage) => {
  nudge('mail')
  if (webEnv().nodeEnv === 'development') echoToConsole(message)
}

/**
 * Runs one of the dev adapter's endpoints, or answers 404 where the adapter does not run
 * (production without PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION): there is no such sign-in there.
 */
export async function devAuthEndpoint(request: Request, endpoint: keyof DevAuthHandlers): Promise<Response> {
  if (!webEnv().devAuth) return new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })
  const { handlers } = devAuthFromEnv(await getDatabase(), {
    rateLimits: await getRateLimits(),
    clientAddress: requestAddress,
    onMailDelivered: onMailStored,
  })
  return handlers[endpoint](request)
}
