import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  appOrigin,
  createLocalClerkKey,
  type LocalClerkKey,
  signSessionToken,
  v2Claims,
} from '../../test/clerk-session-token'
import { verifySessionToken } from './verify-session-token'

let key: LocalClerkKey
let otherKey: LocalClerkKey
const fetchSpy = vi.fn(() => {
  throw new Error('network access during offline verification')
})

beforeAll(async () => {
  ;[key, otherKey] = await Promise.all([createLocalClerkKey(), createLocalClerkKey()])
  vi.stubGlobal('fetch', fetchSpy)
})
afterAll(() => {
  vi.unstubAllGlobals()
  expect(fetchSpy).not.toHaveBeenCalled()
})

const now = () => Math.floor(Date.now() / 1000)
const verify = (token: string) => verifySessionToken(token, { jwtKey: key.publicPem, authorizedParties: [appOrigin] })

describe('verifySessionToken', () => {
  it('reads a v2 session: user, session, organization, mapped role, permissions and factor ages', async () => {
    const claims = v2Claims()
    const result = await verify(await signSessionToken(key, claims))
    expect(result).toEqual({
      ok: true,
      claims: {
        clerkUserId: 'user_2abc',
        sessionId: 'sess_2abc',
        sessionStatus: 'active',
        orgId: 'org_2acme',
        orgSlug: 'acme',
        orgRole: 'admin',
        clerkOrgRole: 'org:admin',
        orgPermissions: ['org:bookings:read', 'org:bookings:manage', 'org:billing:read'],
        firstFactorAgeMinutes: 3,
        secondFactorAgeMinutes: 2,
        publicMetadataRole: null,
        actorClerkUserId: null,
        authorizedParty: appOrigin,
        issuedAt: claims.iat,
        claimsVersion: 2,
      },
    })
  })

  it('reads v1 claims when the token has no version', async () => {
    const claims = v2Claims()
    delete claims.v
    delete claims.o
    delete claims.fea
    const result = await verify(
      await signSessionToken(key, {
        ...claims,
        fva: [0, -1],
        org_id: 'org_1old',
        org_slug: 'old',
        org_role: 'org:member',
        org_permissions: ['org:bookings:read'],
      }),
    )
    expect(result.ok && result.claims).toMatchObject({
      claimsVersion: 1,
      orgId: 'org_1old',
      orgSlug: 'old',
      orgRole: 'staff',
      clerkOrgRole: 'org:member',
      orgPermissions: ['org:bookings:read'],
      firstFactorAgeMinutes: 0,
      secondFactorAgeMinutes: null,
    })
  })

  it('signs a user in without an organization when the token carries none', async () => {
    const claims = v2Claims()
    delete claims.o
    const result = await verify(await signSessionToken(key, claims))
    expect(result.ok && result.claims).toMatchObject({ orgId: null, orgRole: null, orgPermissions: [] })
  })

  it('refuses an expired token', async () => {
    const token = await signSessionToken(key, { ...v2Claims(), iat: now() - 120, nbf: now() - 120, exp: now() - 60 })
    expect(await verify(token)).toMatchObject({ ok: false, reason: 'expired' })
  })

  it('refuses a token that is not valid yet', async () => {
    const token = await signSessionToken(key, { ...v2Claims(), nbf: now() + 60, exp: now() + 120 })
    expect(await verify(token)).toMatchObject({ ok: false, reason: 'not-yet-valid' })
  })

  it('refuses a token signed by another key', async () => {
    expect(await verify(await signSessionToken(otherKey, v2Claims()))).toMatchObject({
      ok: false,
      reason: 'invalid-signature',
    })
  })

  it('refuses a token minted for another site', async () => {
    const token = await signSessionToken(key, { ...v2Claims(), azp: 'https://evil.example' })
    expect(await verify(token)).toMatchObject({ ok: false, reason: 'unauthorized-party' })
  })

  it('refuses garbage and tokens without the claims Portail needs', async () => {
    expect(await verify('not-a-jwt')).toMatchObject({ ok: false, reason: 'malformed' })
    const claims = v2Claims()
    delete claims.sid
    expect(await verify(await signSessionToken(key, claims))).toMatchObject({ ok: false, reason: 'invalid-claims' })
    expect(await verify(await signSessionToken(key, { ...v2Claims(), v: 3 }))).toMatchObject({
      ok: false,
      reason: 'invalid-claims',
    })
  })

  it('will not run without a key or with an empty list of authorized parties', async () => {
    const token = await signSessionToken(key, v2Claims())
    await expect(verifySessionToken(token, { jwtKey: '', authorizedParties: [appOrigin] })).rejects.toThrow(/jwtKey/)
    await expect(verifySessionToken(token, { jwtKey: key.publicPem, authorizedParties: [] })).rejects.toThrow(
      /authorizedParties/,
    )
  })
})
