import { describe, expect, it } from 'vitest'
import { readDevAuthEnv } from './env'

const secret = 'x'.repeat(32)

describe('readDevAuthEnv', () => {
  it('refuses to run the dev adapter under NODE_ENV=production', () => {
    expect(() => readDevAuthEnv({ NODE_ENV: 'production', DEV_AUTH_SECRET: secret })).toThrow(
      /refuses to run under NODE_ENV=production/,
    )
    expect(() =>
      readDevAuthEnv({ NODE_ENV: 'production', DEV_AUTH_SECRET: secret, PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: 'true' }),
    ).toThrow(/PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION=1/)
  })

  it('runs in a production test run only when allowed and given its own secret', () => {
    const allowed = { NODE_ENV: 'production', PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: '1' }
    expect(() => readDevAuthEnv(allowed)).toThrow(/DEV_AUTH_SECRET .* is required/)
    expect(readDevAuthEnv({ ...allowed, DEV_AUTH_SECRET: secret }).secret).toBe(secret)
  })

  it('uses a fixed development secret outside production, and refuses a short one', () => {
    const development = readDevAuthEnv({ NODE_ENV: 'development' })
    expect(development.secret.length).toBeGreaterThanOrEqual(32)
    expect(readDevAuthEnv({}).secret).toBe(development.secret)
    expect(() => readDevAuthEnv({ DEV_AUTH_SECRET: 'short' })).toThrow(/at least 32 characters/)
  })

  it('reads PLATFORM_OPERATORS as lower-cased emails and names a malformed list', () => {
    expect(readDevAuthEnv({ PLATFORM_OPERATORS: ' Ops@Portail.local, second@example.test ,' }).operators).toEqual([
      'ops@portail.local',
      'second@example.test',
    ])
    expect(readDevAuthEnv({}).operators).toEqual([])
    expect(() => readDevAuthEnv({ PLATFORM_OPERATORS: 'ops@portail.local, not-an-email' })).toThrow(
      /PLATFORM_OPERATORS/,
    )
  })
})
