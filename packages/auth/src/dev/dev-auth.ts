import type { Database } from '@portail/db'
import { createOutboxMailer, type MailMessage } from '@portail/email'
import { createDevIdentity } from './dev-identity'
import { readDevAuthEnv } from './env'
import { createDevAuthHandlers, type SignInRateLimits } from './http/dev-auth-handlers'

/**
 * The dev adapter wired from the environment, as the web app mounts it: codes go to the local
 * mailbox (the outbox mailer). Throws at once under NODE_ENV=production unless explicitly allowed.
 * `secure`: the app is served over HTTPS, so the identity resolver reads the `__Host-` cookie only.
 * `rateLimits` and `clientAddress` come from the caller, which keeps one set per process.
 */
export function devAuthFromEnv(
  database: Database,
  options: {
    rateLimits: SignInRateLimits
    clientAddress: (request: Request) => string
    secure?: boolean
    env?: Record<string, string | undefined>
    /** Sees each stored mail (the dev server echoes sign-in mail to its console). */
    onMailDelivered?: (message: MailMessage) => void
  },
) {
  const env = readDevAuthEnv(options.env)
  const { rateLimits, clientAddress } = options
  return {
    handlers: createDevAuthHandlers({
      database,
      mailer: createOutboxMailer(database, { onDelivered: options.onMailDelivered }),
      secret: env.secret,
      rateLimits,
      clientAddress,
    }),
    identity: createDevIdentity({ database, secret: env.secret, operators: env.operators, secure: options.secure }),
  }
}
