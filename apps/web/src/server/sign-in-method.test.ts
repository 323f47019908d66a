import { readClerkEnv } from '@portail/auth/clerk/env'
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { clerkProviderOptions, clerkSignInOptions, signInMethod } from './sign-in-method'

const publishableKey = `pk_test_${Buffer.from('clerk.portail.example$').toString('base64')}`
const clerk = readClerkEnv({
  CLERK_SECRET_KEY: 'sk_test_local',
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: publishableKey,
  CLERK_JWT_KEY: generateKeyPairSync('rsa', { modulusLength: 2048 })
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString(),
  CLERK_AUTHORIZED_PARTIES: 'https://app.portail.test',
})

describe('signInMethod', () => {
  it("shows Clerk's sign-in, with the runtime publishable key, when Clerk is configured", () => {
    expect(signInMethod({ clerk })).toEqual({ kind: 'clerk', clerk: { publishableKey } })
  })

  it('keeps the emailed-code form when Clerk is not configured', () => {
    expect(signInMethod({ clerk: null })).toEqual({ kind: 'dev' })
  })
})

describe('Clerk sign-in options', () => {
  it('brings the reader back to the page they came from, after signing in or signing up', () => {
    expect(clerkSignInOptions('/fr/invitations/abc?x=1')).toMatchObject({
      forceRedirectUrl: '/fr/invitations/abc?x=1',
      signUpForceRedirectUrl: '/fr/invitations/abc?x=1',
      withSignUp: true,
    })
  })

  it("keeps Clerk's steps on the sign-in page itself (hash routing: no catch-all route, rewrites unaffected)", () => {
    expect(clerkSignInOptions('/en/portal').routing).toBe('hash')
  })

  it("points Clerk at this site's sign-in page and the reader's home after sign-out, in their language", () => {
    expect(clerkProviderOptions('fr')).toEqual({
      signInUrl: '/fr/sign-in',
      signUpUrl: '/fr/sign-in',
      afterSignOutUrl: '/fr',
    })
  })
})
