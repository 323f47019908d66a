import { describe, expect, it } from 'vitest'
import { readInngestEnv } from './env'

const key = `signkey-prod-${'0a'.repeat(32)}`

describe('readInngestEnv', () => {
  it('runs the embedded engine when no Inngest is configured, its key kept beside the embedded database', () => {
    expect(readInngestEnv({ PGLITE_DATA_DIR: '/srv/portail/pglite' })).toEqual({
      mode: 'embedded',
      signingKey: undefined,
      signingKeyFile: '/srv/portail/inngest-signing-key',
    })
    expect(readInngestEnv({ PGLITE_DATA_DIR: 'memory://', INNGEST_SIGNING_KEY: key })).toEqual({
      mode: 'embedded',
      signingKey: key,
      signingKeyFile: null,
    })
  })

  it('uses Inngest Cloud with an event key and a signing key, self-hosted with a base URL too', () => {
    expect(readInngestEnv({ INNGEST_EVENT_KEY: 'evt', INNGEST_SIGNING_KEY: key })).toMatchObject({ mode: 'cloud' })
    expect(
      readInngestEnv({ INNGEST_EVENT_KEY: 'evt', INNGEST_SIGNING_KEY: key, INNGEST_BASE_URL: 'http://inngest:8288' }),
    ).toMatchObject({ mode: 'self-hosted', baseUrl: 'http://inngest:8288' })
  })

  it('names each variable that is missing or malformed', () => {
    expect(() => readInngestEnv({ INNGEST_EVENT_KEY: 'evt' })).toThrow('INNGEST_SIGNING_KEY: required')
    expect(() => readInngestEnv({ INNGEST_BASE_URL: 'http://inngest:8288', INNGEST_SIGNING_KEY: key })).toThrow(
      'INNGEST_EVENT_KEY: required',
    )
    expect(() => readInngestEnv({ INNGEST_SIGNING_KEY: 'secret' })).toThrow('INNGEST_SIGNING_KEY: must look like')
    expect(() => readInngestEnv({ INNGEST_EVENT_KEY: 'e', INNGEST_SIGNING_KEY: key, INNGEST_BASE_URL: 'inngest' })).toThrow(
      'INNGEST_BASE_URL: must be',
    )
  })

  it('refuses INNGEST_DEV, which would serve unsigned calls', () => {
    expect(() => readInngestEnv({ INNGEST_DEV: '1' })).toThrow('INNGEST_DEV: not supported')
  })
})
