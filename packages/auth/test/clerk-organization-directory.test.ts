import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { users } from '@portail/db/schema'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClerkApiClient, createClerkOrganizationDirectory } from '../src/clerk'
import { type FakeClerkApi, startFakeClerkApi } from './support/fake-clerk-api'

/*
 * The Clerk adapter of the OrganizationDirectory port ("start your business", accepted
 * invitations, role changes and removals), against a local Backend API: our users.id goes out as
 * the Clerk user id.
 */

let db: TestDatabase<{ devUserId: string }>
let api: FakeClerkApi
beforeAll(async () => {
  ;[db, api] = await Promise.all([
    createTestDatabase(async (admin) => {
      const [dev] = await admin.db
        .insert(users)
        .values({ externalId: 'dev:dev@example.test', email: 'dev@example.test', name: 'Dev' })
        .returning({ id: users.id })
      return { devUserId: dev?.id ?? '' }
    }),
    startFakeClerkApi(),
  ])
})
afterAll(async () => Promise.all([db.close(), api.close()]))

const clerkUser = async (clerkUserId: string) => {
  const result = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx.execute(
      sql`select portail_private.clerk_upsert_user(${clerkUserId}, ${`${clerkUserId}@example.test`}, 'Person', 'fr', null,
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

describe('Clerk organization directory', () => {
  it('creates the organization with the Clerk user behind our user as its creator, and deletes it again', async () => {
    const owner = await clerkUser('user_dir_owner')
    const created = await directory().createOrganization({
      name: 'Piscines Nord',
      slug: 'piscines-nord',
      createdByUserId: owner,
    })
    expect(created?.orgId).toMatch(/^org_/)
    expect(api.writes.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/organizations',
      body: { name: 'Piscines Nord', slug: 'piscines-nord', created_by: 'user_dir_owner' },
    })
    await directory().deleteOrganization(created?.orgId ?? '')
    expect(api.organizations.has(created?.orgId ?? '')).toBe(false)
    // Compensation is idempotent: an organization already gone is not an error.
    await expect(directory().deleteOrganization(created?.orgId ?? '')).resolves.toBeUndefined()
  })

  it('adds a member with the Clerk role for the Portail role, and changes the role of an existing member', async () => {
    const owner = await clerkUser('user_dir_owner2')
    const member = await clerkUser('user_dir_member')
    const created = await directory().createOrganization({
      name: 'Salon Sud',
      slug: 'salon-sud',
      createdByUserId: owner,
    })
    const orgId = created?.orgId ?? ''
    await directory().addMember({ orgId, userId: member, role: 'staff' })
    expect(api.memberships.get(`${orgId} user_dir_member`)).toBe('org:member')
    await directory().addMember({ orgId, userId: member, role: 'admin' })
    expect(api.memberships.get(`${orgId} user_dir_member`)).toBe('org:admin')
  })

  it('gives a member the Clerk role of a new Portail role, and takes a removed member off the organization', async () => {
    const owner = await clerkUser('user_team_owner')
    const member = await clerkUser('user_team_member')
    const created = await directory().createOrganization({ name: 'Spa Est', slug: 'spa-est', createdByUserId: owner })
    const orgId = created?.orgId ?? ''
    const key = `${orgId} user_team_member`
    await directory().addMember({ orgId, userId: member, role: 'staff' })

    await directory().updateMemberRole({ orgId, userId: member, role: 'admin' })
    expect(api.writes.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/v1/organizations/${orgId}/memberships/user_team_member`,
      body: { role: 'org:admin' },
    })
    // Clerk has no owner role of its own: a Portail owner is an org:admin there (org-role.ts).
    await directory().updateMemberRole({ orgId, userId: member, role: 'owner' })
    expect(api.memberships.get(key)).toBe('org:admin')
    await directory().updateMemberRole({ orgId, userId: member, role: 'staff' })
    expect(api.memberships.get(key)).toBe('org:member')

    await directory().removeMember({ orgId, userId: member })
    expect(api.memberships.has(key)).toBe(false)
    // Removing again is not an error; a role change for someone missing there makes them a member.
    await expect(directory().removeMember({ orgId, userId: member })).resolves.toBeUndefined()
    await directory().updateMemberRole({ orgId, userId: member, role: 'admin' })
    expect(api.memberships.get(key)).toBe('org:admin')
  })

  it('lets a provider refusal through, so the team change is rolled back', async () => {
    const member = await clerkUser('user_team_orphan')
    await expect(directory().removeMember({ orgId: 'org_missing', userId: member })).resolves.toBeUndefined()
    await expect(directory().updateMemberRole({ orgId: 'org_missing', userId: member, role: 'staff' })).rejects.toThrow()
  })

  it('refuses to act for a user who is not a Clerk user', async () => {
    await expect(
      directory().createOrganization({ name: 'X', slug: 'x-shop', createdByUserId: db.data.devUserId }),
    ).rejects.toThrow(/not a Clerk user/)
  })
})
