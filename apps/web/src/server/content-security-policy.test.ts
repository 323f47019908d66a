import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, createNonce } from './content-security-policy'

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))

describe('contentSecurityPolicy', () => {
  it('lets scripts run only with the request nonce, and never eval in production', () => {
    const policy = contentSecurityPolicy('abc123==', { dev: false })
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'")
    expect(policy).not.toContain('unsafe-eval')
  })

  it("allows 'unsafe-eval' in development only", () => {
    expect(directive(contentSecurityPolicy('n', { dev: true }), 'script-src')).toContain("'unsafe-eval'")
  })

  it('forbids plugins, base rewriting, framing and foreign form targets', () => {
    const policy = contentSecurityPolicy('n', { dev: false })
    expect(directive(policy, 'object-src')).toBe("object-src 'none'")
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'")
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive(policy, 'form-action')).toBe("form-action 'self'")
    expect(directive(policy, 'default-src')).toBe("default-src 'self'")
  })
})

describe('createNonce', () => {
  it('gives a fresh base64 value of 128 bits each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce))
    expect(nonces.size).toBe(50)
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
    }
  })
})
