import { describe, expect, it } from 'vitest'
import { readUnsubscribeEnv } from '../env'
import { createUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token'
import { unsubscribeLink } from './unsubscribe-link'

const secret = 'a-test-unsubscribe-secret-of-at-least-32-chars'
const claims = {
  tenantId: '0192f5e4-8a3b-7c1d-9e2f-123456789abc',
  clientId: '0192f5e4-8a3b-7c1d-9e2f-cba987654321',
  topic: 'reminders' as const,
  locale: 'fr' as const,
}

describe('unsubscribe tokens', () => {
  it('name the tenant, the client, the topic and the language, and verify under their key', () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken(claims, secret), secret)).toEqual(claims)
  })

  it('are refused once tampered with, under another key, truncated or malformed', () => {
    const token = createUnsubscribeToken(claims, secret)
    const [payload = '', mac = ''] = token.split('.')
    const otherClient = Buffer.from(
      JSON.stringify({ t: claims.tenantId, c: '0192f5e4-8a3b-7c1d-9e2f-000000000000', p: 'reminders', l: 'fr' }),
    ).toString('base64url')
    expect(verifyUnsubscribeToken(`${otherClient}.${mac}`, secret)).toBeNull()
    expect(verifyUnsubscribeToken(`${payload}.${mac.slice(0, -1)}A`, secret)).toBeNull()
    expect(verifyUnsubscribeToken(token, `${secret}-other`)).toBeNull()
    expect(verifyUnsubscribeToken(payload, secret)).toBeNull()
    expect(verifyUnsubscribeToken(`${token}.x`, secret)).toBeNull()
    expect(verifyUnsubscribeToken('', secret)).toBeNull()
  })

  it('are refused when signed but not a known topic or id (a token minted by a bug)', () => {
    const payload = Buffer.from(JSON.stringify({ t: 'x', c: claims.clientId, p: 'marketing', l: 'fr' })).toString(
      'base64url',
    )
    const forged = createUnsubscribeToken(claims, secret).replace(/^[^.]+/, payload)
    expect(verifyUnsubscribeToken(forged, secret)).toBeNull()
  })
})

describe('unsubscribeLink', () => {
  it('points at the portal’s one-click route and gives the RFC 8058 headers', () => {
    const link = unsubscribeLink(claims, { portalUrl: 'https://piscines.portail.ca/', secret })
    expect(link.url).toMatch(/^https:\/\/piscines\.portail\.ca\/api\/unsubscribe\?token=[\w-]+\.[\w-]+$/)
    expect(link.headers).toEqual({
      'List-Unsubscribe': `<${link.url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    const token = new URL(link.url).searchParams.get('token') ?? ''
    expect(verifyUnsubscribeToken(token, secret)).toEqual(claims)
  })

  it('offers a mailto as second choice only when one is configured', () => {
    const link = unsubscribeLink(claims, {
      portalUrl: 'https://p.portail.ca',
      secret,
      mailto: 'desabonnement@portail.ca',
    })
    expect(link.headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/p\.portail\.ca\/api\/unsubscribe\?token=[^>]+>, <mailto:desabonnement@portail\.ca\?subject=unsubscribe%20[^>]+>$/,
    )
  })
})

describe('readUnsubscribeEnv', () => {
  it('uses the development key for the local mailbox, and wants a key of its own where real mail leaves', () => {
    expect(readUnsubscribeEnv({}).secret.length).toBeGreaterThanOrEqual(32)
    expect(() => readUnsubscribeEnv({ RESEND_API_KEY: 're_x', MAIL_FROM: 'a@b.ca' })).toThrow(/UNSUBSCRIBE_SECRET/)
    expect(() => readUnsubscribeEnv({ UNSUBSCRIBE_SECRET: 'short' })).toThrow(/32/)
    expect(readUnsubscribeEnv({ RESEND_API_KEY: 're_x', UNSUBSCRIBE_SECRET: secret })).toEqual({ secret, mailto: null })
  })
})
