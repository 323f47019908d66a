import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { InvalidClerkEnvError, isClerkConfigured, readClerkEnv } from './env'

const rsaPem = (modulusLength: number) =>
  generateKeyPairSync('rsa', { modulusLength }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
const pem = rsaPem(2048)

const complete = {
  CLERK_SECRET_KEY: 'sk_test_local',
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from('local.clerk.accounts.dev$').toString('base64')}`,
  CLERK_JWT_KEY: pem,
  CLERK_AUTHORIZED_PARTIES: 'https://app.portail.test, http://localhost:3000',
  CLERK_WEBHOOK_SIGNING_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
}

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    readClerkEnv(source)
  } catch (error) {
    if (error instanceof InvalidClerkEnvError) return error.problems
    throw error
  }
  return []
}

describe('Clerk configuration', () => {
  it('is off when no Clerk variable is set, blank ones included', () => {
    expect(isClerkConfigured({})).toBe(false)
    expect(readClerkEnv({ CLERK_SECRET_KEY: ' ', OTHER: 'x' })).toBeNull()
  })

  it('reads a complete configuration, the PEM with real newlines and the origins as a list', () => {
    const escaped = { ...complete, CLERK_JWT_KEY: pem.trim().replace(/\n/g, '\\n') }
    expect(isClerkConfigured(escaped)).toBe(true)
    expect(readClerkEnv(escaped)).toEqual({
      secretKey: 'sk_test_local',
      publishableKey: complete.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
      jwtKey: pem.trim(),
      extraAuthorizedParties: ['https://app.portail.test', 'http://localhost:3000'],
      webhookSigningSecret: complete.CLERK_WEBHOOK_SIGNING_SECRET,
      apiUrl: undefined,
      operators: [],
      instance: 'test',
      frontendApiOrigin: 'https://local.clerk.accounts.dev',
    })
  })

  it('reads the Backend API URL and the platform operators, and names a malformed one', () => {
    const env = readClerkEnv({
      ...complete,
      CLERK_API_URL: 'http://127.0.0.1:4000/',
      PLATFORM_OPERATORS: ' Op@Portail.test, ',
    })
    expect(env).toMatchObject({ apiUrl: 'http://127.0.0.1:4000', operators: ['op@portail.test'] })
    expect(() => readClerkEnv({ ...complete, CLERK_API_URL: 'ftp://x' })).toThrow(/CLERK_API_URL/)
    expect(() => readClerkEnv({ ...complete, PLATFORM_OPERATORS: 'not-an-email' })).toThrow(/PLATFORM_OPERATORS/)
  })

  it('is complete without CLERK_AUTHORIZED_PARTIES: the portals need no list, extras are optional', () => {
    const { CLERK_AUTHORIZED_PARTIES: _extras, ...withoutExtras } = complete
    expect(isClerkConfigured(withoutExtras)).toBe(true)
    expect(readClerkEnv(withoutExtras)?.extraAuthorizedParties).toEqual([])
    expect(readClerkEnv({ ...complete, CLERK_AUTHORIZED_PARTIES: ' , ' })?.extraAuthorizedParties).toEqual([])
  })

  it('treats the webhook secret as optional', () => {
    expect(readClerkEnv({ ...complete, CLERK_WEBHOOK_SIGNING_SECRET: '' })?.webhookSigningSecret).toBeNull()
  })

  it('names every missing variable when Clerk is half configured', () => {
    const partial = { CLERK_SECRET_KEY: complete.CLERK_SECRET_KEY, CLERK_JWT_KEY: complete.CLERK_JWT_KEY }
    expect(isClerkConfigured(partial)).toBe(false)
    const problems = problemsOf(partial)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: missing/)
    // The extra origins alone turn nothing on, and still say what is missing.
    expect(problemsOf({ CLERK_AUTHORIZED_PARTIES: 'https://portal.acme-pools.ca' })).toHaveLength(3)
  })

  it('names each malformed variable', () => {
    const problems = problemsOf({
      CLERK_SECRET_KEY: 'pk_test_oops',
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_bm90LWEta2V5',
      CLERK_JWT_KEY: rsaPem(1024),
      CLERK_AUTHORIZED_PARTIES: 'https://app.portail.test/',
      CLERK_WEBHOOK_SIGNING_SECRET: 'secret',
    })
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'CLERK_SECRET_KEY',
      'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
      'CLERK_JWT_KEY',
      'CLERK_AUTHORIZED_PARTIES',
      'CLERK_WEBHOOK_SIGNING_SECRET',
    ])
  })

  it('refuses keys from a test and a live instance mixed together', () => {
    expect(problemsOf({ ...complete, CLERK_SECRET_KEY: 'sk_live_local' })).toEqual([
      expect.stringMatching(/^CLERK_SECRET_KEY: is a live key but NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY is a test key/),
    ])
  })
})
