import { describe, expect, it } from 'vitest'
import { readMailEnv } from './env'

describe('readMailEnv', () => {
  it('keeps mail in the local mailbox when no Resend key is set', () => {
    expect(readMailEnv({})).toEqual({ transport: 'local' })
    expect(readMailEnv({ MAIL_FROM: 'no-reply@example.com', RESEND_API_KEY: ' ' })).toEqual({ transport: 'local' })
  })

  it('switches to Resend with a key and a sender', () => {
    expect(readMailEnv({ RESEND_API_KEY: 're_123', MAIL_FROM: 'Portail <no-reply@example.com>' })).toEqual({
      transport: 'resend',
      apiKey: 're_123',
      from: 'Portail <no-reply@example.com>',
      baseUrl: undefined,
    })
  })

  it('stops with a message naming the variable when the sender is missing or malformed', () => {
    expect(() => readMailEnv({ RESEND_API_KEY: 're_123' })).toThrow(/MAIL_FROM is required/)
    expect(() => readMailEnv({ RESEND_API_KEY: 're_123', MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM must be/)
    expect(() =>
      readMailEnv({ RESEND_API_KEY: 're_123', MAIL_FROM: 'a@example.com', RESEND_BASE_URL: 'ftp://x' }),
    ).toThrow(/RESEND_BASE_URL/)
  })

  it('also writes the local mailbox to the folder MAIL_FILES_DIR names, an absolute path, never beside Resend', () => {
    expect(readMailEnv({ MAIL_FILES_DIR: '/tmp/portail-mail' })).toEqual({
      transport: 'local',
      filesDir: '/tmp/portail-mail',
    })
    expect(() => readMailEnv({ MAIL_FILES_DIR: 'mail' })).toThrow(/MAIL_FILES_DIR must be an absolute folder path/)
    expect(() =>
      readMailEnv({ MAIL_FILES_DIR: '/tmp/portail-mail', RESEND_API_KEY: 're_123', MAIL_FROM: 'a@example.com' }),
    ).toThrow(/MAIL_FILES_DIR .* cannot be combined with RESEND_API_KEY/)
  })
})
