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

describe('contentSecurityPolicy under Clerk', () => {
  const fapi = 'https://clerk.portail.example'
  const withClerk = contentSecurityPolicy('n0nce', { dev: false, clerkFrontendApi: fapi })

  it('names no Clerk or Cloudflare source, and no connect or frame directive, when Clerk is off', () => {
    for (const off of [{ dev: false }, { dev: false, clerkFrontendApi: null }]) {
      const policy = contentSecurityPolicy('n0nce', off)
      expect(policy).not.toMatch(/clerk|cloudflare|blob:/)
      for (const name of ['connect-src', 'frame-src']) expect(directive(policy, name)).toBeUndefined()
      // The portal's own service worker only.
      expect(directive(policy, 'worker-src')).toBe("worker-src 'self'")
      expect(directive(policy, 'img-src')).toBe("img-src 'self' data: https:")
    }
  })

  it("lets clerk-js load from the instance's Frontend API and talk to it, with scripts still gated by the nonce", () => {
    expect(directive(withClerk, 'script-src')).toBe(
      `script-src 'self' 'nonce-n0nce' 'strict-dynamic' ${fapi} https://challenges.cloudflare.com`,
    )
    expect(directive(withClerk, 'connect-src')).toBe(`connect-src 'self' ${fapi}`)
    expect(withClerk).not.toContain('unsafe-eval')
    expect(directive(withClerk, 'script-src')).not.toContain('unsafe-inline')
  })

  it("allows Turnstile's challenge frame, Clerk's images and blob: workers, and nothing wider", () => {
    expect(directive(withClerk, 'frame-src')).toBe("frame-src 'self' https://challenges.cloudflare.com")
    expect(directive(withClerk, 'worker-src')).toBe("worker-src 'self' blob:")
    expect(directive(withClerk, 'img-src')).toBe("img-src 'self' data: https: https://img.clerk.com")
    // No wildcard host (Clerk Protect's *.protect.clerk.com:* stays out) and no scheme-wide script source.
    expect(withClerk).not.toContain('*')
    expect(directive(withClerk, 'script-src')?.split(' ')).not.toContain('https:')
  })

  it('keeps every other protection as it is without Clerk', () => {
    const without = contentSecurityPolicy('n0nce', { dev: false })
    for (const name of [
      'default-src',
      'style-src',
      'font-src',
      'object-src',
      'base-uri',
      'frame-ancestors',
      'form-action',
    ]) {
      expect(directive(withClerk, name)).toBe(directive(without, name))
    }
  })
})

describe('contentSecurityPolicy and payments', () => {
  const others = (policy: string) =>
    policy
      .split('; ')
      .filter((d) => !d.startsWith('form-action'))
      .join('; ')
  const base = contentSecurityPolicy('n', { dev: false })

  it('lets a form lead to Stripe Checkout and Connect onboarding in stripe mode, and changes nothing else', () => {
    const policy = contentSecurityPolicy('n', { dev: false, payments: { mode: 'stripe' } })
    expect(directive(policy, 'form-action')).toBe(
      "form-action 'self' https://checkout.stripe.com https://connect.stripe.com",
    )
    expect(others(policy)).toBe(others(base))
    expect(policy).not.toMatch(/js\.stripe\.com|\*\.stripe\.com|api\.stripe\.com/)
  })

  it('lets a form lead to the simulator pages on the platform origin in simulated mode', () => {
    const policy = contentSecurityPolicy('n', {
      dev: false,
      payments: { mode: 'simulated', hostedOrigin: 'http://localhost:3000' },
    })
    expect(directive(policy, 'form-action')).toBe("form-action 'self' http://localhost:3000")
    expect(others(policy)).toBe(others(base))
    expect(policy).not.toContain('stripe.com')
  })

  it('keeps forms on this origin when payments are off', () => {
    expect(directive(contentSecurityPolicy('n', { dev: false, payments: null }), 'form-action')).toBe(
      "form-action 'self'",
    )
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
