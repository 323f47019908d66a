import type { Database } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClerkApiClient,
  createClerkBackend,
  createClerkOrganizationDirectory,
  createDatabaseClerkLookup,
  type ClerkSessionClaims,
  handleClerkWebhook,
} from '../src/clerk'
import { clerkUserState, tenantState } from './support/clerk-state'
import { clerkDelivery, clerkMembershipJson, deliveryId, webhookSecret } from './support/clerk-webhook-delivery'
import { clerkOrganizationJson, type FakeClerkApi, startFakeClerkApi } from './support/fake-clerk-api'

/*
 * "Start your business" under Clerk creates the organization first, then commits the tenant. Clerk
 * sends organization.created and the founder's organizationMembership.created at once, so they can
 * be applied before that commit, or after it, or again (retries). Whatever the order, exactly one
 * active business must exist, with what the founder chose and the founder as its owner.
 */

let db: TestDatabase<null>
let api: FakeClerkApi
beforeAll(async () => {
  ;[db, api] = await Promise.all([createTestDatabase(() => Promise.resolve(null)), startFakeClerkApi()])
})
afterAll(async () => Promise.all([db.close(), api.close()]))

const identityActor = { actor: 'identity', tenantId: null } as const

const founder = async (clerkUserId: string) => {
  const result = await db.app.withTenant(identityActor, (tx) =>
    tx.execute(
      sql`select portail_private.clerk_upsert_user(${clerkUserId}, ${`${clerkUserId}@example.test`}, 'Fred', 'fr', null,
        now(), '{"source":"test"}'::jsonb)::text as v`,
    ),
  )
  return /[0-9a-f]{8}-[0-9a-f-]{27}/.exec(JSON.stringify(result))?.[0] ?? ''
}

const directory = () =>
  createClerkOrganizationDirectory({
    database: db.app,
    client: createClerkApiClient({ secretKey: 'sk_test_local', apiUrl: api.url }),
  })

const deliver = async (request: Request) => {
  const response = await handleClerkWebhook(request, {
    database: db.app,
    signingSecret: webhookSecret,
    isReservedSlug: () => false,
  })
  return (await response.json()) as Record<string, unknown>
}

/** What Clerk sends right after the organization is created, with fixed delivery ids (for replays). */
function clerkEvents(orgId: string, clerkUserId: string) {
  const organization = api.organizations.get(orgId)
  if (!organization) throw new Error(`no organization ${orgId}`)
  const ids = { organization: deliveryId(), membership: deliveryId() }
  return {
    organizationCreated: () =>
      clerkDelivery('organization.created', clerkOrganizationJson(organization), { id: ids.organization }),
    membershipCreated: () =>
      clerkDelivery(
        'organizationMembership.created',
        clerkMembershipJson({ organization, userId: clerkUserId, role: 'org:admin' }),
        { id: ids.membership },
      ),
  }
}

/** The onboarding transaction as core's createTenant runs it: the founder in context. */
const commitOnboarding = (database: Database, userId: string, orgId: string, slug: string) =>
  database.withTenant({ ...identityActor, userId }, (tx) =>
    tx.execute(
      sql`select portail_private.create_tenant(${slug}, 'Fred Paysages', 'landscaping', 'America/Vancouver', 'en',
        ${orgId}, 'onboarding')::text as v`,
    ),
  )

/** Every business holding this organization, as the operator console sees them. */
const businessesOf = (orgId: string) =>
  db.app.withTenant({ actor: 'operator', tenantId: null, userId: null }, (tx) =>
    tx
      .select({
        id: tenants.id,
        slug: tenants.slug,
        name: tenants.name,
        trade: tenants.trade,
        timeZone: tenants.timeZone,
        defaultLocale: tenants.defaultLocale,
        status: tenants.status,
      })
      .from(tenants)
      .where(eq(tenants.clerkOrgId, orgId)),
  )

async function expectOneBusinessAsChosen(orgId: string, slug: string, clerkUserId: string) {
  const businesses = await businessesOf(orgId)
  expect(businesses).toHaveLength(1)
  const [business] = businesses
  expect(business).toMatchObject({
    slug,
    name: 'Fred Paysages',
    trade: 'landscaping',
    timeZone: 'America/Vancouver',
    defaultLocale: 'en',
    status: 'active',
  })
  const state = await tenantState(db.app, business?.id ?? '')
  expect(state.members).toEqual([{ email: `${clerkUserId}@example.test`, role: 'owner' }])
  expect(state.audit.filter((action) => action === 'tenant.created')).toHaveLength(1)
  expect((await clerkUserState(db.app, clerkUserId, orgId))?.member_role).toBe('owner')
}

describe('a business started in Portail under Clerk, and its organization webhooks', () => {
  it('marks the organization it creates as started in Portail', async () => {
    const userId = await founder('user_mark')
    const created = await directory().createOrganization({ name: 'Marked', slug: 'marked-co', createdByUserId: userId })
    expect(api.organizations.get(created?.orgId ?? '')?.publicMetadata).toEqual({ portailStartedBy: 'onboarding' })
  })

  it('keeps the onboarding business when the webhooks are applied before its transaction commits, and on replay', async () => {
    const userId = await founder('user_before')
    const created = await directory().createOrganization({
      name: 'Fred Paysages',
      slug: 'fred-avant',
      createdByUserId: userId,
    })
    const orgId = created?.orgId ?? ''
    const events = clerkEvents(orgId, 'user_before')
    expect(await deliver(events.organizationCreated())).toEqual({ outcome: 'applied' })
    expect(await deliver(events.membershipCreated())).toEqual({ outcome: 'applied' })
    // Nothing made from the webhooks: the slug is still free for the onboarding.
    expect(await businessesOf(orgId)).toEqual([])
    await commitOnboarding(db.app, userId, orgId, 'fred-avant')
    await expectOneBusinessAsChosen(orgId, 'fred-avant', 'user_before')
    // Clerk retries both deliveries: recorded once, nothing changes.
    expect(await deliver(events.organizationCreated())).toEqual({ outcome: 'duplicate' })
    expect(await deliver(events.membershipCreated())).toEqual({ outcome: 'duplicate' })
    await expectOneBusinessAsChosen(orgId, 'fred-avant', 'user_before')
  })

  it('keeps the onboarding business when a session names the organization before the commit', async () => {
    const userId = await founder('user_session')
    api.users.set('user_session', { id: 'user_session', email: 'user_session@example.test', firstName: 'Fred' })
    const created = await directory().createOrganization({
      name: 'Fred Paysages',
      slug: 'fred-session',
      createdByUserId: userId,
    })
    const orgId = created?.orgId ?? ''
    const lookup = createDatabaseClerkLookup({
      database: db.app,
      backend: createClerkBackend({ secretKey: 'sk_test_local', apiUrl: api.url }),
      operators: [],
      isReservedSlug: () => false,
    })
    const claims: ClerkSessionClaims = {
      clerkUserId: 'user_session',
      sessionId: 'sess_1',
      sessionStatus: 'active',
      orgId,
      orgSlug: 'fred-session',
      orgRole: 'admin',
      clerkOrgRole: 'org:admin',
      orgPermissions: [],
      firstFactorAgeMinutes: 0,
      secondFactorAgeMinutes: null,
      publicMetadataRole: null,
      actorClerkUserId: null,
      authorizedParty: 'https://app.portail.test',
      issuedAt: Math.floor(Date.now() / 1000),
      claimsVersion: 2,
    }
    const early = await lookup(claims)
    expect(early?.userId).toBe(userId)
    expect(await businessesOf(orgId)).toEqual([])
    await commitOnboarding(db.app, userId, orgId, 'fred-session')
    await expectOneBusinessAsChosen(orgId, 'fred-session', 'user_session')
  })

  it('keeps the onboarding business when the webhooks are applied after its transaction committed', async () => {
    const userId = await founder('user_after')
    const created = await directory().createOrganization({
      name: 'Fred Paysages',
      slug: 'fred-apres',
      createdByUserId: userId,
    })
    const orgId = created?.orgId ?? ''
    await commitOnboarding(db.app, userId, orgId, 'fred-apres')
    const events = clerkEvents(orgId, 'user_after')
    expect(await deliver(events.organizationCreated())).toEqual({ outcome: 'applied' })
    expect(await deliver(events.membershipCreated())).toEqual({ outcome: 'applied' })
    await expectOneBusinessAsChosen(orgId, 'fred-apres', 'user_after')
    expect(await deliver(events.membershipCreated())).toEqual({ outcome: 'duplicate' })
    await expectOneBusinessAsChosen(orgId, 'fred-apres', 'user_after')
  })

  it('leaves no business and the slug free when the onboarding never commits and its organization is deleted', async () => {
    const userId = await founder('user_failed')
    const created = await directory().createOrganization({
      name: 'Fred Paysages',
      slug: 'fred-rate',
      createdByUserId: userId,
    })
    const orgId = created?.orgId ?? ''
    const events = clerkEvents(orgId, 'user_failed')
    expect(await deliver(events.organizationCreated())).toEqual({ outcome: 'applied' })
    expect(await deliver(events.membershipCreated())).toEqual({ outcome: 'applied' })
    // The transaction failed: the compensation deletes the organization, and Clerk says so.
    await directory().deleteOrganization(orgId)
    const deleted = clerkDelivery('organization.deleted', { id: orgId, object: 'organization', deleted: true })
    expect(await deliver(deleted)).toEqual({ outcome: 'applied' })
    expect(await businessesOf(orgId)).toEqual([])
    // Trying again with the same slug works: nothing was left holding it.
    const retry = await directory().createOrganization({
      name: 'Fred Paysages',
      slug: 'fred-rate',
      createdByUserId: userId,
    })
    await commitOnboarding(db.app, userId, retry?.orgId ?? '', 'fred-rate')
    await expectOneBusinessAsChosen(retry?.orgId ?? '', 'fred-rate', 'user_failed')
  })

  it('still creates the business of an organization made in Clerk itself, from its webhook', async () => {
    const shop = { id: 'org_made_in_clerk', name: 'Clerk Made', slug: 'clerk-made', createdBy: 'user_elsewhere' }
    expect(await deliver(clerkDelivery('organization.created', clerkOrganizationJson(shop)))).toEqual({
      outcome: 'applied',
    })
    expect(await businessesOf('org_made_in_clerk')).toMatchObject([{ slug: 'clerk-made', status: 'active' }])
  })
})
