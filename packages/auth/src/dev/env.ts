import { z } from 'zod'

/**
 * A fixed secret for development and tests only, so `pnpm dev` works with no setup. It is public
 * (it is in the repository), which is why any production-like run must bring its own.
 */
const developmentSecret = 'portail-dev-auth-secret-for-local-development-only'

export interface DevAuthEnv {
  /** Keys the HMAC of sign-in codes and the signature of session cookies. */
  secret: string
  /** Emails that get platformRole 'operator' (PLATFORM_OPERATORS), lower-cased. */
  operators: string[]
}

const operatorsSchema = z.array(z.email())

/**
 * Reads the dev identity adapter's configuration, and refuses to run it where it must not run:
 * under NODE_ENV=production the adapter would let anyone with a mailbox sign in without a real
 * identity provider, so it starts only if PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION=1 says this
 * production build is a test run, and then only with its own DEV_AUTH_SECRET.
 */
export function readDevAuthEnv(source: Record<string, string | undefined> = process.env): DevAuthEnv {
  const production = source.NODE_ENV === 'production'
  if (production && source.PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION !== '1') {
    throw new Error(
      'The dev identity adapter (email codes, local mailbox) refuses to run under NODE_ENV=production. ' +
        'Configure the real identity provider, or set PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION=1 for a test run of a production build.',
    )
  }
  const configured = source.DEV_AUTH_SECRET?.trim() ?? ''
  if (configured && configured.length < 32) throw new Error('DEV_AUTH_SECRET must be at least 32 characters long.')
  if (!configured && production) {
    throw new Error(
      'DEV_AUTH_SECRET (at least 32 characters) is required to run the dev identity adapter under NODE_ENV=production.',
    )
  }
  const listed = (source.PLATFORM_OPERATORS ?? '')
    .split(',')
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean)
  const operators = operatorsSchema.safeParse(listed)
  if (!operators.success) throw new Error('PLATFORM_OPERATORS must be a comma-separated list of email addresses.')
  return { secret: configured || developmentSecret, operators: operators.data }
}
