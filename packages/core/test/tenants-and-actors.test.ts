import type { AdminConnection } from '@portail/db/admin'
import { clients, memberships } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveActor } from '../src/actors'
import { resolveTenantBySlug } from '../src/tenants'

const identity = (userId: string) => ({ userId, email: 'x@test', name: 'X', locale: null, platformRole: null })

/** Two-tenant fixture, plus: A's client is also on B's team, and A's "other" client is archived. */
async function fixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const f = await twoTenantFixture(admin)
  await admin.db.insert(memberships).values({ tenantId: f.b.id, userId: f.a.clientUserId, role: 'staff' })
  await admin.db.update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, f.a.otherClientId))
  return f
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

describe('resolveTenantBySlug', () => {
  it('finds a tenant by its slug, whatever the case, with its public face only', async () => {
    const tenant = await resolveTenantBySlug(db.app, 'Alpha-Pools')
    expect(tenant).toEqual({
      id: db.data.a.id,
      slug: 'alpha-pools',
      name: 'Alpha',
      trade: 'pool_care',
      status: 'active',
      timeZone: 'America/Toronto',
      defaultLocale: 'fr',
      branding: {},
      logoVersion: null,
    })
  })

  it('reports a suspended tenant as such, and nothing for an unknown slug', async () => {
    expect(await resolveTenantBySlug(db.app, 'closed-shop')).toMatchObject({ status: 'suspended' })
    expect(await resolveTenantBySlug(db.app, 'nobody-here')).toBeNull()
  })
})

describe('resolveActor', () => {
  it('finds the role of a team member and no client link', async () => {
    expect(await resolveActor(db.app, { tenantId: db.data.a.id, identity: identity(db.data.a.ownerUserId) })).toEqual({
      userId: db.data.a.ownerUserId,
      staffRole: 'owner',
      clientId: null,
    })
  })

  it('finds a client link in one tenant and a team role in another for the same person', async () => {
    const userId = db.data.a.clientUserId
    expect(await resolveActor(db.app, { tenantId: db.data.a.id, identity: identity(userId) })).toEqual({
      userId,
      staffRole: null,
      clientId: db.data.a.clientId,
    })
    expect(await resolveActor(db.app, { tenantId: db.data.b.id, identity: identity(userId) })).toEqual({
      userId,
      staffRole: 'staff',
      clientId: null,
    })
  })

  it('ignores an archived client link, and makes nothing of a stranger or an anonymous visitor', async () => {
    const tenantId = db.data.a.id
    expect(
      (await resolveActor(db.app, { tenantId, identity: identity(db.data.a.otherClientUserId) })).clientId,
    ).toBeNull()
    expect(await resolveActor(db.app, { tenantId, identity: identity(db.data.b.ownerUserId) })).toEqual({
      userId: db.data.b.ownerUserId,
      staffRole: null,
      clientId: null,
    })
    expect(await resolveActor(db.app, { tenantId, identity: null })).toEqual({
      userId: null,
      staffRole: null,
      clientId: null,
    })
  })
})
