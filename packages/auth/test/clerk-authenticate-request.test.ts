import { createClerkClient } from '@clerk/backend'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type AuthorizedPartiesConfig, authorizedPartiesFor } from '../src/clerk/authorized-parties'
import { verifySessionToken } from '../src/clerk/verify-session-token'
import { appOrigin, createLocalClerkKey, type LocalClerkKey, signSessionToken, v2Claims } from './clerk-session-token'

// The web app runs Clerk's own request authentication (clerkMiddleware) in front of this
// adapter. These tests hold both to the same verdict on the same offline tokens, so a token the
// middleware lets through is never read differently by Portail, and the other way round.

const publishableKey = `pk_test_${Buffer.from('local.clerk.accounts.dev$').toString('base64')}`
let key: LocalClerkKey
const fetchSpy = vi.fn(() => {
  throw new Error('network access during offline verification')
})

beforeAll(async () => {
  key = await createLocalClerkKey()
  vi.stubGlobal('fetch', fetchSpy)
})
afterAll(() => {
  vi.unstubAllGlobals()
  expect(fetchSpy).not.toHaveBeenCalled()
})

async function bothVerdicts(claims: Record<string, unknown>, authorizedParties = [appOrigin], url = appOrigin) {
  const token = await signSessionToken(key, claims)
  const clerk = createClerkClient({ secretKey: 'sk_test_local', publishableKey, telemetry: { disabled: true } })
  const state = await clerk.authenticateRequest(
    new Request(`${url}/api/trpc/bookings.list`, { headers: { authorization: `Bearer ${token}` } }),
    { jwtKey: key.publicPem, authorizedParties },
  )
  const ours = await verifySessionToken(token, { jwtKey: key.publicPem, authorizedParties })
  return { state, ours }
}

describe('Clerk request authentication and verifySessionToken', () => {
  it('agree on a valid v2 session, down to permissions and factor ages', async () => {
    const { state, ours } = await bothVerdicts(v2Claims())
    expect(state.status).toBe('signed-in')
    expect(ours.ok).toBe(true)
    if (state.status !== 'signed-in' || !ours.ok) return
    const auth = state.toAuth()
    expect({
      userId: ours.claims.clerkUserId,
      orgId: ours.claims.orgId,
      orgRole: ours.claims.clerkOrgRole,
      orgPermissions: ours.claims.orgPermissions,
      factorVerificationAge: [ours.claims.firstFactorAgeMinutes, ours.claims.secondFactorAgeMinutes],
    }).toEqual({
      userId: auth.userId,
      orgId: auth.orgId,
      orgRole: auth.orgRole,
      orgPermissions: auth.orgPermissions,
      factorVerificationAge: auth.factorVerificationAge,
    })
    expect(auth.has({ permission: 'org:bookings:manage' })).toBe(
      ours.claims.orgPermissions.includes('org:bookings:manage'),
    )
  })

  it('agree on refusing expired tokens and tokens for another site', async () => {
    const now = Math.floor(Date.now() / 1000)
    for (const claims of [
      { ...v2Claims(), iat: now - 120, nbf: now - 120, exp: now - 60 },
      { ...v2Claims(), azp: 'https://evil.example' },
    ]) {
      const { state, ours } = await bothVerdicts(claims)
      expect(state.status).toBe('signed-out')
      expect(ours.ok).toBe(false)
    }
  })
})

describe("the authorized parties of a portal's request (the web app's clerkMiddleware options)", () => {
  const config: AuthorizedPartiesConfig = { rootDomain: 'portail.test', extraOrigins: ['https://portal.acme-pools.ca'] }
  // What the web app hands clerkMiddleware for a request to `host`, and the verdicts on a token for `azp`.
  const onHost = (host: string, azp: string) =>
    bothVerdicts({ ...v2Claims(), azp }, authorizedPartiesFor(host, config), `https://${host}`)
  const signedIn = async (host: string, azp: string) => {
    const { state, ours } = await onHost(host, azp)
    expect(ours.ok, `ours, ${azp} on ${host}`).toBe(state.status === 'signed-in')
    return state.status === 'signed-in'
  }

  it("accept a token minted on the request's own portal, or on the platform site for the platform site", async () => {
    expect(await signedIn('acme.portail.test', 'https://acme.portail.test')).toBe(true)
    expect(await signedIn('portail.test', 'https://portail.test')).toBe(true)
  })

  it("refuse a token minted on another business's portal, on the platform site, or on an unrelated site", async () => {
    expect(await signedIn('beta.portail.test', 'https://acme.portail.test')).toBe(false)
    expect(await signedIn('acme.portail.test', 'https://portail.test')).toBe(false)
    expect(await signedIn('acme.portail.test', 'https://evil.example')).toBe(false)
    expect(await signedIn('acme.portail.test', 'http://acme.portail.test')).toBe(false)
    // A token that names no party is not bound to any site, so no site accepts it.
    const { azp: _azp, ...unbound } = v2Claims()
    const { state, ours } = await bothVerdicts(unbound, authorizedPartiesFor('acme.portail.test', config))
    expect([state.status, ours.ok]).toEqual(['signed-out', false])
  })

  it('accept a token minted on an extra configured origin', async () => {
    expect(await signedIn('acme.portail.test', 'https://portal.acme-pools.ca')).toBe(true)
  })

  it('refuse every token on a host that is not ours when no extra origin is configured', async () => {
    const { state, ours } = await bothVerdicts(
      v2Claims(),
      authorizedPartiesFor('evil.example', { rootDomain: 'portail.test' }),
      'https://evil.example',
    )
    expect(state.status).toBe('signed-out')
    expect(ours).toMatchObject({ ok: false, reason: 'unauthorized-party' })
  })
})
