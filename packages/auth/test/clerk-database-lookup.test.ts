import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createClerkBackend, createClerkIdentity, createDatabaseClerkLookup } from '../src/clerk'
import { appOrigin, createLocalClerkKey, type LocalClerkKey, signSessionToken, v2Claims } from './clerk-session-token'
import { clerkUserState, tenantState } from './support/clerk-state'
import { type FakeClerkApi, startFakeClerkApi } from './support/fake-clerk-api'

/*
 * The Clerk adapter backed by the database: a verified session token becomes Portail's user, and
 * whatever the webhooks have not delivered yet is provisioned just in time from Clerk's Backend API
 * (served here by a local HTTP server).
 */

let db: TestDatabase<null>
let api: FakeClerkApi
let key: LocalClerkKey
beforeAll(async () => {
  ;[db, api, key] = await Promise.all([
    createTestDatabase(() => Promise.resolve(null)),
    startFakeClerkApi(),
    createLocalClerkKey(),
  ])
  api.users.set('user_owner', {
    id: 'user_owner',
    email: 'owner@acme.test',
    firstName: 'Olive',
    lastName: 'Owner',
    locale: 'fr-CA',
  })
  api.users.set('user_admin', { id: 'user_admin', email: 'admin@acme.test', firstName: 'Adam', locale: 'en' })
  api.users.set('user_op', { id: 'user_op', email: 'op@portail.test', operator: true })
  api.users.set('user_listed', { id: 'user_listed', email: 'listed@portail.test' })
  api.users.set('user_unverified', { id: 'user_unverified', email: 'maybe@elsewhere.test', emailVerified: false })
  api.organizations.set('org_acme', { id: 'org_acme', name: 'Acme Piscines', slug: 'acme', createdBy: 'user_owner' })
  api.users.set('user_removed', { id: 'user_removed', email: 'removed@acme.test' })
  api.memberships.set('org_acme user_admin', 'org:admin')
  api.memberships.set('org_acme user_listed', 'org:billing_clerk')
  api.organizations.set('org_admin_word', {
    id: 'org_admin_word',
    name: 'Admin',
    slug: 'admin',
    createdBy: 'user_admin',
  })
})
afterAll(async () => Promise.all([db.close(), api.close()]))
beforeEach(() => {
  api.requests.length = 0
})

const resolver = () =>
  createClerkIdentity({
    jwtKey: key.publicPem,
    parties: { rootDomain: 'portail.test' },
    lookupUser: createDatabaseClerkLookup({
      database: db.app,
      backend: createClerkBackend({ secretKey: 'sk_test_local', apiUrl: api.url }),
      operators: ['listed@portail.test'],
      isReservedSlug: (slug) => ['admin', 'www', 'api'].includes(slug),
    }),
  })

const signIn = async (claims: Record<string, unknown>) =>
  resolver()(
    new Headers({
      host: new URL(appOrigin).host,
      authorization: `Bearer ${await signSessionToken(key, { ...v2Claims(), ...claims })}`,
    }),
  )

const inOrg = (id: string, rol: string) => ({ o: { id, slg: 'x', rol, per: 'read,manage', fpm: '3,1' } })

describe('Clerk lookup backed by the database', () => {
  it('provisions an unknown user, its organization as a tenant owned by the creator, and its membership', async () => {
    const identity = await signIn({ sub: 'user_owner', ...inOrg('org_acme', 'admin') })
    expect(identity).toMatchObject({
      email: 'owner@acme.test',
      name: 'Olive Owner',
      locale: 'fr',
      platformRole: null,
      emailVerified: true,
      organization: {
        id: 'org_acme',
        role: 'admin',
        permissions: ['org:bookings:read', 'org:bookings:manage', 'org:billing:read'],
      },
      secondFactorAgeMinutes: 2,
    })
    const state = await clerkUserState(db.app, 'user_owner', 'org_acme')
    expect(state).toMatchObject({ user_id: identity?.userId, synced: true, member_role: 'owner' })
    const tenant = await tenantState(db.app, state?.tenant_id ?? '')
    expect(tenant.tenant).toMatchObject({ slug: 'acme', name: 'Acme Piscines', status: 'active' })
    expect(tenant.members).toEqual([{ email: 'owner@acme.test', role: 'owner' }])
    expect(tenant.audit).toEqual(['tenant.created'])
    expect(api.requests).toEqual(['GET /v1/users/user_owner', 'GET /v1/organizations/org_acme'])
  })

  it('asks Clerk nothing for a known user, and gives a new member of a known organization the token role', async () => {
    await signIn({ sub: 'user_owner', ...inOrg('org_acme', 'admin') })
    expect(api.requests).toEqual([])
    const admin = await signIn({ sub: 'user_admin', ...inOrg('org_acme', 'admin') })
    expect(admin).toMatchObject({ email: 'admin@acme.test', locale: 'en' })
    expect(api.requests).toEqual(['GET /v1/users/user_admin', 'GET /v1/organizations/org_acme/memberships'])
    const state = await clerkUserState(db.app, 'user_admin', 'org_acme')
    expect(state?.member_role).toBe('admin')
    expect((await tenantState(db.app, state?.tenant_id ?? '')).audit).toEqual(['tenant.created', 'membership.created'])
  })

  it('creates no membership that Clerk does not confirm (a token minted before its holder was removed)', async () => {
    const identity = await signIn({ sub: 'user_removed', ...inOrg('org_acme', 'admin') })
    expect(identity?.email).toBe('removed@acme.test')
    expect((await clerkUserState(db.app, 'user_removed', 'org_acme'))?.member_role).toBeNull()
  })

  it('never changes an existing membership from a token (roles follow the webhooks)', async () => {
    await signIn({ sub: 'user_admin', ...inOrg('org_acme', 'member') })
    expect((await clerkUserState(db.app, 'user_admin', 'org_acme'))?.member_role).toBe('admin')
  })

  it('creates no membership for a Clerk role Portail does not map', async () => {
    const identity = await signIn({ sub: 'user_listed', ...inOrg('org_acme', 'billing_clerk') })
    expect(identity?.organization).toEqual({ id: 'org_acme', role: null, permissions: expect.any(Array) as unknown })
    expect((await clerkUserState(db.app, 'user_listed', 'org_acme'))?.member_role).toBeNull()
  })

  it('keeps platform words out of a tenant slug', async () => {
    await signIn({ sub: 'user_admin', ...inOrg('org_admin_word', 'admin') })
    const state = await clerkUserState(db.app, 'user_admin', 'org_admin_word')
    const tenant = await tenantState(db.app, state?.tenant_id ?? '')
    expect(tenant.tenant?.slug).toMatch(/^admin-[0-9a-f]{6}$/)
  })

  it('makes platform operators from Clerk public metadata, a token claim, or PLATFORM_OPERATORS', async () => {
    expect((await signIn({ sub: 'user_op' }))?.platformRole).toBe('operator')
    expect((await clerkUserState(db.app, 'user_op'))?.platform_role).toBe('operator')
    expect((await signIn({ sub: 'user_listed' }))?.platformRole).toBe('operator')
    expect((await signIn({ sub: 'user_admin' }))?.platformRole).toBeNull()
    expect((await signIn({ sub: 'user_admin', metadata: { role: 'operator' } }))?.platformRole).toBe('operator')
  })

  it('stores no unverified email address', async () => {
    const identity = await signIn({ sub: 'user_unverified' })
    expect(identity).toMatchObject({ email: 'user_unverified@users.clerk.invalid', emailVerified: false })
  })

  it('signs nobody in for a user Clerk no longer knows, or an organization-less token of one', async () => {
    expect(await signIn({ sub: 'user_gone' })).toBeNull()
    expect(await signIn({ sub: 'user_gone', ...inOrg('org_acme', 'admin') })).toBeNull()
  })
})
