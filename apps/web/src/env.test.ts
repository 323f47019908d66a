import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { InvalidWebEnvError, readPaymentsEnv, readWebEnv } from './env'

/** A production server keeps files only with a key of its own (32 bytes, base64). */
const filesKey = Buffer.alloc(32, 7).toString('base64')

const problemsOf = (source: Record<string, string>) => {
  try {
    readWebEnv(source)
  } catch (error) {
    if (error instanceof InvalidWebEnvError) return error.message
    throw error
  }
  throw new Error('expected the configuration to be refused')
}

describe('readWebEnv', () => {
  it('runs with no configuration at all on the embedded defaults', () => {
    const env = readWebEnv({})
    expect(env).toMatchObject({ nodeEnv: 'development', rootDomain: 'localhost:3000', testIdentity: false })
    expect(env.db.DATABASE_URL).toBeUndefined()
  })

  it('accepts a production domain and normalises its case', () => {
    expect(readWebEnv({ ROOT_DOMAIN: 'Portail.App' }).rootDomain).toBe('portail.app')
    expect(readWebEnv({ ROOT_DOMAIN: 'localhost:41234' }).rootDomain).toBe('localhost:41234')
  })

  it.each(['https://portail.app', 'portail.app/path', 'localhost:99999', 'bad_host', '-x.app', 'a..b'])(
    'refuses ROOT_DOMAIN=%s naming the variable',
    (value) => {
      expect(problemsOf({ ROOT_DOMAIN: value })).toMatch(/ROOT_DOMAIN: must be a host name/)
    },
  )

  it('refuses the header test identity in production unless a CI run allows it', () => {
    expect(problemsOf({ NODE_ENV: 'production', PORTAIL_TEST_IDENTITY: '1' })).toMatch(
      /PORTAIL_TEST_IDENTITY: refused when NODE_ENV=production/,
    )
    expect(
      readWebEnv({
        NODE_ENV: 'production',
        PORTAIL_TEST_IDENTITY: '1',
        PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION: '1',
        FILES_ENCRYPTION_KEY: filesKey,
      }).testIdentity,
    ).toBe(true)
    expect(readWebEnv({ NODE_ENV: 'development', PORTAIL_TEST_IDENTITY: '1' }).testIdentity).toBe(true)
  })

  it('keeps files in an encrypted folder, refusing the public development key in production', () => {
    expect(readWebEnv({ PGLITE_DATA_DIR: '/srv/run/pglite' }).storage).toMatchObject({
      adapter: 'local',
      developmentKey: true,
    })
    expect(problemsOf({ NODE_ENV: 'production' })).toMatch(/FILES_ENCRYPTION_KEY is required/)
    expect(readWebEnv({ S3_BUCKET: 'files', S3_REGION: 'ca-central-1' }).storage).toMatchObject({ adapter: 's3' })
  })

  it('refuses a flag that is neither 0 nor 1', () => {
    expect(problemsOf({ PORTAIL_TEST_IDENTITY: 'yes' })).toMatch(/PORTAIL_TEST_IDENTITY: must be '1'/)
  })

  it('reports database problems and its own together', () => {
    const message = problemsOf({ ROOT_DOMAIN: 'http://x', DATABASE_URL: 'mysql://nope' })
    expect(message).toMatch(/ROOT_DOMAIN/)
    expect(message).toMatch(/DATABASE_URL/)
  })

  it('counts rate limits in the database, per forwarded address only behind a trusted proxy', () => {
    expect(readWebEnv({})).toMatchObject({ trustedProxies: 0, rateLimit: { redisUrl: undefined } })
    expect(readWebEnv({ TRUST_PROXY: '1', REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({
      trustedProxies: 1,
      rateLimit: { redisUrl: 'redis://127.0.0.1:6379' },
    })
    expect(problemsOf({ REDIS_URL: 'http://cache' })).toMatch(/REDIS_URL/)
  })

  it('reads TRUST_PROXY as the number of proxies we run, and refuses anything else', () => {
    expect(readWebEnv({ TRUST_PROXY: '0' }).trustedProxies).toBe(0)
    expect(readWebEnv({ TRUST_PROXY: ' 2 ' }).trustedProxies).toBe(2)
    for (const value of ['true', 'yes', '-1', '1.5', '11', '0x1']) {
      expect(problemsOf({ TRUST_PROXY: value })).toMatch(/TRUST_PROXY: must be the number of proxies/)
    }
  })

  it('picks Clerk when its keys are set, at start-up, and turns the dev adapter off', () => {
    const { publicKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    })
    const clerk = {
      CLERK_SECRET_KEY: 'sk_test_local',
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from('clerk.portail.test$').toString('base64')}`,
      CLERK_JWT_KEY: publicKey.trim(),
      CLERK_AUTHORIZED_PARTIES: 'https://portail.app',
    }
    expect(readWebEnv({}).clerk).toBeNull()
    expect(readWebEnv({}).devAuth).not.toBeNull()
    const env = readWebEnv(clerk)
    expect(env.clerk).toMatchObject({
      publishableKey: clerk.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
      extraAuthorizedParties: ['https://portail.app'],
    })
    expect(env.devAuth).toBeNull()
    expect(problemsOf({ CLERK_SECRET_KEY: 'sk_test_local' })).toMatch(/CLERK_JWT_KEY: missing/)
  })

  describe('payments', () => {
    const stripe = {
      STRIPE_SECRET_KEY: 'sk_test_51abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_platform1',
      STRIPE_CONNECT_WEBHOOK_SECRET: 'whsec_connect1',
    }

    it('runs Stripe when all three secrets are set', () => {
      expect(readWebEnv(stripe).payments).toEqual({
        mode: 'stripe',
        secretKey: 'sk_test_51abc',
        webhookSecret: 'whsec_platform1',
        connectWebhookSecret: 'whsec_connect1',
      })
    })

    it('refuses a partial set, naming what is missing', () => {
      const problems = problemsOf({ STRIPE_SECRET_KEY: 'sk_test_51abc', STRIPE_WEBHOOK_SECRET: 'whsec_a' })
      expect(problems).toMatch(/STRIPE_CONNECT_WEBHOOK_SECRET: Stripe needs all of/)
      expect(problems).not.toContain('sk_test_51abc')
    })

    it('refuses malformed or shared secrets', () => {
      expect(problemsOf({ ...stripe, STRIPE_SECRET_KEY: 'pk_test_1' })).toMatch(/STRIPE_SECRET_KEY: must be a secret/)
      expect(problemsOf({ ...stripe, STRIPE_CONNECT_WEBHOOK_SECRET: 'whsec_platform1' })).toMatch(/must differ/)
    })

    it('runs the simulator without keys, its data beside the embedded database', () => {
      expect(readPaymentsEnv({ PGLITE_DATA_DIR: '/srv/run/pglite', PORT: '3100' })).toEqual({
        mode: 'simulated',
        dataDir: '/srv/run/stripe-simulator',
        webhookOrigin: 'http://127.0.0.1:3100',
      })
      expect(readPaymentsEnv({ PGLITE_DATA_DIR: 'memory://' })).toMatchObject({ dataDir: 'memory://' })
      expect(
        readPaymentsEnv({
          PAYMENTS_SIMULATOR_DATA_DIR: '/x/sim',
          PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN: 'http://localhost:4000',
        }),
      ).toEqual({
        mode: 'simulated',
        dataDir: '/x/sim',
        webhookOrigin: 'http://localhost:4000',
      })
      expect(problemsOf({ PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN: 'http://localhost:4000/api' })).toMatch(
        /PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN/,
      )
    })

    it('turns payments off in production without keys unless a demo or test run allows the simulator', () => {
      expect(readPaymentsEnv({ NODE_ENV: 'production' })).toEqual({ mode: 'off' })
      expect(
        readPaymentsEnv({ NODE_ENV: 'production', PORTAIL_ALLOW_SIMULATED_PAYMENTS_IN_PRODUCTION: '1' }).mode,
      ).toBe('simulated')
      expect(readPaymentsEnv({ NODE_ENV: 'production', ...stripe }).mode).toBe('stripe')
    })
  })
})
