import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  appOrigin,
  createLocalClerkKey,
  type LocalClerkKey,
  signSessionToken,
  v2Claims,
} from '../../test/clerk-session-token'
import type { Identity } from '../identity'
import { isSecondFactorFresh } from '../second-factor'
import { createClerkIdentity } from './clerk-identity'
import type { ClerkSessionClaims } from './session-claims'

const portailUser: Identity = {
  userId: '0190f5e4-8a3b-7c1d-9e2f-123456789abc',
  email: 'ada@acme.test',
  name: 'Ada',
  locale: 'fr',
  platformRole: null,
}

const extraOrigin = 'https://portal.acme-pools.ca'
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

function setup(lookup: (claims: ClerkSessionClaims) => Identity | null = () => portailUser) {
  const seen: ClerkSessionClaims[] = []
  const refusals: string[] = []
  const resolve = createClerkIdentity({
    jwtKey: key.publicPem,
    parties: { rootDomain: 'portail.test', extraOrigins: [extraOrigin] },
    lookupUser: (claims) => {
      seen.push(claims)
      return Promise.resolve(lookup(claims))
    },
    onRefusal: ({ reason }) => refusals.push(reason),
  })
  return { resolve, seen, refusals }
}

// Every request in these tests is for appOrigin's host unless it says otherwise.
const request = (init: Record<string, string>) => new Headers({ host: new URL(appOrigin).host, ...init })

const cookieHeaders = (token: string, clientUat: number | string) =>
  request({ cookie: `theme=dark; __session=${token}; __client_uat=${clientUat}` })

describe('Clerk identity resolver', () => {
  it('signs in the Portail user behind a Bearer token, with the session second-factor age', async () => {
    const { resolve, seen } = setup()
    const token = await signSessionToken(key, { ...v2Claims(), fva: [12, 9] })
    const identity = await resolve(request({ authorization: `Bearer ${token}` }))
    expect(identity).toEqual({ ...portailUser, secondFactorAgeMinutes: 9 })
    expect(seen[0]).toMatchObject({ clerkUserId: 'user_2abc', orgId: 'org_2acme', orgRole: 'admin' })
    expect(identity && isSecondFactorFresh(identity)).toBe(true)
  })

  it('signs in from the __session cookie when the browser is signed in since the token was issued', async () => {
    const { resolve } = setup()
    const claims = v2Claims()
    const token = await signSessionToken(key, { ...claims, fva: [12, 11] })
    const identity = await resolve(cookieHeaders(token, Number(claims.iat)))
    expect(identity).toEqual({ ...portailUser, secondFactorAgeMinutes: 11 })
    expect(identity && isSecondFactorFresh(identity)).toBe(false)
  })

  it('signs nobody in without a token, and says nothing about it', async () => {
    const { resolve, refusals, seen } = setup()
    expect(await resolve(request({ cookie: 'theme=dark' }))).toBeNull()
    expect(refusals).toEqual([])
    expect(seen).toEqual([])
  })

  it('refuses a bad Bearer token without looking at the cookie, and reports why', async () => {
    const { resolve, refusals, seen } = setup()
    const claims = v2Claims()
    const good = await signSessionToken(key, claims)
    const expired = await signSessionToken(key, { ...claims, exp: Number(claims.iat) - 1 })
    const headers = cookieHeaders(good, Number(claims.iat))
    headers.set('authorization', `Bearer ${expired}`)
    expect(await resolve(headers)).toBeNull()
    expect(refusals).toEqual(['expired'])
    expect(seen).toEqual([])
  })

  it('refuses a leftover cookie once the browser signed out or signed in again', async () => {
    const { resolve, refusals } = setup()
    const claims = v2Claims()
    const token = await signSessionToken(key, claims)
    expect(await resolve(cookieHeaders(token, 0))).toBeNull()
    expect(await resolve(request({ cookie: `__session=${token}` }))).toBeNull()
    expect(await resolve(cookieHeaders(token, Number(claims.iat) + 30))).toBeNull()
    expect(refusals).toEqual(['client-signed-out', 'client-signed-out', 'token-older-than-client'])
  })

  it('refuses a pending session and a Clerk user Portail does not know', async () => {
    const pending = setup()
    const pendingToken = await signSessionToken(key, { ...v2Claims(), sts: 'pending' })
    expect(await pending.resolve(request({ authorization: `Bearer ${pendingToken}` }))).toBeNull()
    expect(pending.refusals).toEqual(['session-pending'])

    const unknown = setup(() => null)
    const token = await signSessionToken(key, v2Claims())
    expect(await unknown.resolve(request({ authorization: `Bearer ${token}` }))).toBeNull()
    expect(unknown.refusals).toEqual(['unknown-user'])
  })

  it("accepts a token minted on the request's own portal or an extra origin, and refuses it on another portal", async () => {
    const { resolve, refusals } = setup()
    const bearer = async (azp: string) => `Bearer ${await signSessionToken(key, { ...v2Claims(), azp })}`
    const onHost = async (host: string, azp: string) => resolve(request({ host, authorization: await bearer(azp) }))
    expect(await onHost('acme.portail.test', 'https://acme.portail.test')).toEqual(expect.objectContaining(portailUser))
    expect(await onHost('acme.portail.test', extraOrigin)).toEqual(expect.objectContaining(portailUser))
    expect(refusals).toEqual([])
    expect(await onHost('beta.portail.test', 'https://acme.portail.test')).toBeNull()
    expect(await onHost('acme.portail.test', 'https://evil.example')).toBeNull()
    expect(await onHost('evil.example', 'https://acme.portail.test')).toBeNull()
    expect(refusals).toEqual(['unauthorized-party', 'unauthorized-party', 'unauthorized-party'])
  })

  it('will not start without a key or a root domain', () => {
    const lookupUser = () => Promise.resolve(portailUser)
    const parties = { rootDomain: 'portail.test' }
    expect(() => createClerkIdentity({ jwtKey: '', parties, lookupUser })).toThrow(/jwtKey/)
    expect(() => createClerkIdentity({ jwtKey: key.publicPem, parties: { rootDomain: ' ' }, lookupUser })).toThrow(
      /rootDomain/,
    )
  })
})
