import type { Database } from '@portail/db'
import { createOutboxMailer } from '@portail/email'
import { createDevIdentity } from './dev-identity'
import { readDevAuthEnv } from './env'
import { createDevAuthHandlers } from './http/dev-auth-handlers'

/**
 * The dev adapter wired from the environment, as the web app mounts it: codes go to the local
 * mailbox (the outbox mailer). Throws at once under NODE_ENV=production unless explicitly allowed.
 * `secure`: the app is served over HTTPS, so the identity resolver reads the `__Host-` cookie only.
 */
export function devAuthFromEnv(
  database: Database,
  options: { secure?: boolean; env?: Record<string, string | undefined> } = {},
) {
  const env = readDevAuthEnv(options.env)
  return {
    handlers: createDevAuthHandlers({ database, mailer: createOutboxMailer(database), secret: env.secret }),
    identity: createDevIdentity({ database, secret: env.secret, operators: env.operators, secure: options.secure }),
  }
}
