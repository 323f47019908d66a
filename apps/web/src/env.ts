import { type ClerkEnv, readClerkEnv } from '@portail/auth/clerk/env'
import { type DevAuthEnv, readDevAuthEnv } from '@portail/auth/dev'
import { type RateLimitEnv, readRateLimitEnv } from '@portail/auth/rate-limit'
import { type DbEnv, readDbEnv } from '@portail/db'
import { type InngestEnv, InvalidInngestEnvError, readInngestEnv } from '@portail/inngest/env'
import { readStorageEnv, type StorageEnv } from '@portail/storage'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
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

/**
 * Which payment processor runs. `stripe`: the three STRIPE_* secrets are set. `simulated`: none is,
 * and the in-process Stripe simulator answers (its objects under `dataDir`, its webhooks POSTed to
 * `webhookOrigin`). `off`: a production build without Stripe keys that was not told it is a demo:
 * a forgotten key must not turn real clients' payments into simulated ones.
 */
export type PaymentsEnv =
  | { mode: 'stripe'; secretKey: string; webhookSecret: string; connectWebhookSecret: string }
  | { mode: 'simulated'; dataDir: string; webhookOrigin: string }
  | { mode: 'off' }

const stripeVariables = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_CONNECT_WEBHOOK_SECRET'] as const
const memoryDir = 'memory://'

function workspaceRoot(start = process.cwd()): string | null {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/**
 * The payments configuration (see PaymentsEnv). The simulator's folder: PAYMENTS_SIMULATOR_DATA_DIR,
 * else `stripe-simulator` beside the embedded database's folder, else `<repo>/.data/stripe-simulator`
 * (memory:// with a memory:// database). Its webhooks go to PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN, by
 * default this server on the loopback (`http://127.0.0.1:$PORT`).
 */
export function readPaymentsEnv(source: Source): PaymentsEnv {
  const value = (name: string) => blankToUndefined(source[name])?.trim()
  const set = stripeVariables.filter((name) => value(name) !== undefined)
  if (set.length > 0 && set.length < stripeVariables.length) {
    const missing = stripeVariables.filter((name) => value(name) === undefined)
    throw new Error(
      `${missing.join(', ')}: Stripe needs all of ${stripeVariables.join(', ')} (set: ${set.join(', ')}); ` +
        'set the missing ones, or none to run the payment simulator',
    )
  }
  if (set.length === stripeVariables.length) {
    const secretKey = value('STRIPE_SECRET_KEY') ?? ''
    const webhookSecret = value('STRIPE_WEBHOOK_SECRET') ?? ''
    const connectWebhookSecret = value('STRIPE_CONNECT_WEBHOOK_SECRET') ?? ''
    const problems: string[] = []
    if (!/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/.test(secretKey))
      problems.push('STRIPE_SECRET_KEY: must be a secret or restricted key (sk_live_…, sk_test_…, rk_…)')
    if (!/^whsec_[A-Za-z0-9_]+$/.test(webhookSecret))
      problems.push("STRIPE_WEBHOOK_SECRET: must be the platform endpoint's signing secret (whsec_…)")
    if (!/^whsec_[A-Za-z0-9_]+$/.test(connectWebhookSecret))
      problems.push("STRIPE_CONNECT_WEBHOOK_SECRET: must be the Connect endpoint's signing secret (whsec_…)")
    if (webhookSecret === connectWebhookSecret && problems.length === 0)
      problems.push('STRIPE_CONNECT_WEBHOOK_SECRET: must differ from STRIPE_WEBHOOK_SECRET (each endpoint has its own)')
    if (problems.length > 0) throw new Error(problems.join('\n'))
    return { mode: 'stripe', secretKey, webhookSecret, connectWebhookSecret }
  }
  if (source.NODE_ENV === 'production' && source.PORTAIL_ALLOW_SIMULATED_PAYMENTS_IN_PRODUCTION !== '1')
    return { mode: 'off' }
  const origin = value('PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN') ?? `http://127.0.0.1:${value('PORT') ?? '3000'}`
  let webhookOrigin: string
  try {
    const url = new URL(origin)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin.replace(/\/$/, ''))
      throw new Error('not an origin')
    webhookOrigin = url.origin
  } catch {
    throw new Error(
      "PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN: must be this server's origin, like http://127.0.0.1:3000 (no path)",
    )
  }
  const pglite = value('PGLITE_DATA_DIR')
  const root = workspaceRoot()
  const dataDir =
    value('PAYMENTS_SIMULATOR_DATA_DIR') ??
    (pglite === memoryDir
      ? memoryDir
      : pglite
        ? join(dirname(resolve(pglite)), 'stripe-simulator')
        : root
          ? join(root, '.data', 'stripe-simulator')
          : null)
  if (!dataDir) throw new Error('PAYMENTS_SIMULATOR_DATA_DIR: no workspace folder found above the server; set it')
  return { mode: 'simulated', dataDir, webhookOrigin }
}

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
  /** Stripe, its simulator, or no payments (see PaymentsEnv). */
  payments: PaymentsEnv
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
  let payments: PaymentsEnv | undefined
  try {
    payments = readPaymentsEnv(source)
  } catch (error) {
    problems.push(...(error instanceof Error ? error.message : String(error)).split('\n'))
  }
  if (!parsed.success || !db || !rateLimit || !storage || !inngest || !payments || problems.length > 0) {
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
    payments,
  }
}

let cached: WebEnv | undefined

/** The validated configuration of this process, read once. */
export function webEnv(): WebEnv {
  cached ??= readWebEnv()
  return cached
}
