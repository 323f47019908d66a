import { describe, expect, it } from 'vitest'
import { assertBuilt, startExpectingFailure } from './support/next-server'

describe('start-up configuration check', () => {
  it('stops a server given a malformed ROOT_DOMAIN, naming the variable', async () => {
    assertBuilt()
    const { code, output } = await startExpectingFailure({
      ROOT_DOMAIN: 'https://portail.app/',
      PGLITE_DATA_DIR: 'memory://',
    })
    expect(code).not.toBe(0)
    expect(code).not.toBeNull()
    expect(output).toMatch(/ROOT_DOMAIN: must be a host name/)
  })

  it('refuses the header test identity in a production server that was not told it is a CI run', async () => {
    const { code, output } = await startExpectingFailure({ PORTAIL_TEST_IDENTITY: '1', PGLITE_DATA_DIR: 'memory://' })
    expect(code).toBe(1)
    expect(output).toMatch(/PORTAIL_TEST_IDENTITY: refused when NODE_ENV=production/)
  })
})
