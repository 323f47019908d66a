import { type ClerkEnv, readClerkEnv } from '@portail/auth/clerk/env'
import { type DevAuthEnv, readDevAuthEnv } from '@portail/auth/dev'
import { type RateLimitEnv, readRateLimitEnv } from '@portail/auth/rate-limit'
import { type DbEnv, readDbEnv } from '@portail/db'
import { type InngestEnv, InvalidInngestEnvError, readInngestEnv } from '@portail/inngest/env'
import { readStorageEnv, type StorageEnv } from '@portail/storage'
import { z } from 'zod'

type Source = Record<string, string | undefined>

const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?'
const hostPattern = new RegExp(`^${label}(?:\\.${label})*(?::(\\d{1,5}))?$`)

/** host[:port], lower-cased: the domain whose subdomains are tenant portals. */
const rootDomain = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => {
    const match = hostPattern.exec(value)
    if (!match) return false
    const port = match[1]
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65_535)
  }, 'must be a host name with an optional port, like portail.app or localhost:3000 (no scheme, no path)')

const flag = z.enum(['0', '1'], { error: "must be '1' (on) or '0' (off)" }).optional()

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ROOT_DOMAIN: rootDomain.default('localhost:3000'),
  /** '1' lets requests claim an identity through x-portail-test-user headers: dev and e2e only. */
  PORTAIL_TEST_IDENTITY: flag,
  /** CI e2e runs start the production build with the test identity; nothing else may. */
  PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION: flag,
  /**
   * How many proxies we run in front of the app, each appending to x-forwarded-for (0 or unset:
   * none, the socket's address counts). A bound, since a longer chain is a typo, not a deployment.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(?:[0-9]|10)$/, {
      error: 'must be the number of proxies we run in front of the app, 0 to 10 (1: one load balancer)',
    })
    .transform(Number)
    .default(0),
})

export interface WebEnv {
  nodeEnv: 'development' | 'production' | 'test'
  rootDomain: string
  testIdentity: boolean
  /**
   * Clerk (production identity) when its keys are set, read here at start-up rather than inlined
   * by the build, so one build runs with or without Clerk. When it is on, the dev adapter is off.
   */
  clerk: ClerkEnv | null
  /**
   * The dev identity adapter (email codes, local mailbox), or null where it must not run: under
   * NODE_ENV=production unless PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION=1 marks a test run.
   */
  devAuth: DevAuthEnv | null
  db: DbEnv
  /**
   * Proxies we run in front of the app (TRUST_PROXY): rate limits count the address the outermost
   * one saw, that many x-forwarded-for values from the right; 0, the socket's address.
   */
  trustedProxies: number
  rateLimit: RateLimitEnv
  /** Where files go (logos): S3 when S3_BUCKET is set, else the encrypted local folder. */
  storage: StorageEnv
  /**
   * Where workflows run: the embedded engine (no INNGEST_EVENT_KEY or INNGEST_BASE_URL), Inngest
   * Cloud, or a self-hosted Inngest server.
   */
  inngest: InngestEnv
}

export class InvalidWebEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration, the server cannot start:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'InvalidWebEnvError'
  }
}

const blankToUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value)

/**
 * Reads and checks the web server's configuration. Every problem is reported at once, each line
 * naming its variable, so a bad deploy fails at boot instead of on the first request.
 */
export function readWebEnv(source: Source = process.env): WebEnv {
  const problems: string[] = []
  const parsed = schema.safeParse({
    NODE_ENV: blankToUndefined(source.NODE_ENV),
    ROOT_DOMAIN: blankToUndefined(source.ROOT_DOMAIN),
    PORTAIL_TEST_IDENTITY: blankToUndefined(source.PORTAIL_TEST_IDENTITY),
    PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION: blankToUndefined(source.PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION),
    TRUST_PROXY: blankToUndefined(source.TRUST_PROXY),
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`)
  }
  let db: DbEnv | undefined
  try {
    db = readDbEnv(source)
  } catch (error) {
    problems.push(error instanceof Error ? error.message.replace(/\n\s*/g, ' ') : String(error))
  }
  if (parsed.success) {
    const env = parsed.data
    // The header identity lets any caller claim to be anyone: a production server must never
    // honour it by accident, only when a CI run explicitly asks for it.
    if (
      env.PORTAIL_TEST_IDENTITY === '1' &&
      env.NODE_ENV === 'production' &&
      env.PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION !== '1'
    ) {
      problems.push(
        'PORTAIL_TEST_IDENTITY: refused when NODE_ENV=production (anyone could sign in as anyone); ' +
          'set PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION=1 as well only for a CI end-to-end run',
      )
    }
  }
  let clerk: ClerkEnv | null = null
  try {
    clerk = readClerkEnv(source)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  let devAuth: DevAuthEnv | null = null
  const devAuthAllowed = source.NODE_ENV !== 'production' || source.PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION === '1'
  if (devAuthAllowed && !clerk) {
    try {
      devAuth = readDevAuthEnv(source)
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error))
    }
  }
  let rateLimit: RateLimitEnv | undefined
  try {
    rateLimit = readRateLimitEnv(source)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  let storage: StorageEnv | undefined
  try {
    storage = readStorageEnv(source)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  let inngest: InngestEnv | undefined
  try {
    inngest = readInngestEnv(source)
  } catch (error) {
    if (error instanceof InvalidInngestEnvError) problems.push(...error.problems)
    else problems.push(error instanceof Error ? error.message : String(error))
  }
  if (!parsed.success || !db || !rateLimit || !storage || !inngest || problems.length > 0) {
    throw new InvalidWebEnvError(problems)
  }
  return {
    nodeEnv: parsed.data.NODE_ENV,
    rootDomain: parsed.data.ROOT_DOMAIN,
    testIdentity: parsed.data.PORTAIL_TEST_IDENTITY === '1',
    clerk,
    devAuth,
    db,
    trustedProxies: parsed.data.TRUST_PROXY,
    rateLimit,
    storage,
    inngest,
  }
}

let cached: WebEnv | undefined

/** The validated configuration of this process, read once. */
export function webEnv(): WebEnv {
  cached ??= readWebEnv()
  return cached
}
