import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { actorIn } from './support/actors'
import { attempt, queryRows } from './support/query'

/*
 * portail_private.create_tenant and slug_is_taken: the only way the app creates a business, before
 * any tenant context exists. The caller becomes the owner; nobody else can be named.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

/** The constraint a driver error names (postgres.js: constraint_name, PGlite: constraint). */
const constraintOf = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return 'created'
  } catch (error) {
    const cause = error instanceof Error ? (error.cause as { constraint_name?: unknown; constraint?: unknown } | undefined) : undefined
    return String(cause?.constraint_name ?? cause?.constraint)
  }
}

const createdId = z.object({ id: z.string() })
const create = (ctx: ActorContext, slug: string, clerkOrgId: string | null = null) =>
  db.app.withTenant(ctx, (tx) =>
    queryRows(
      tx,
      createdId,
      sql`select portail_private.create_tenant(${slug}, 'New Shop', 'salon', 'America/Toronto', 'en', ${clerkOrgId}, 'onboarding')::text as id`,
    ),
  )
const identityOf = (userId: string): ActorContext => ({ actor: 'identity', tenantId: null, userId })

const whatExists = (tenantId: string) =>
  db.app.withTenant({ actor: 'system', tenantId }, async (tx) => ({
    tenant: await queryRows(tx, z.object({ slug: z.string(), name: z.string() }), sql`select slug::text, name from tenants`),
    members: await queryRows(tx, z.object({ user_id: z.string(), role: z.string() }), sql`select user_id::text, role::text from memberships`),
    audit: await queryRows(tx, z.object({ action: z.string(), actor_user_id: z.string() }), sql`select action, actor_user_id::text from audit_log`),
  }))

describe('portail_private.create_tenant', () => {
  it('creates the business with the signed-in caller as its owner, audited in the tenant', async () => {
    const owner = db.data.a.clientUserId
    const [row] = await create(identityOf(owner), 'fresh-salon')
    if (!row) throw new Error('no tenant id returned')
    expect(await whatExists(row.id)).toEqual({
      tenant: [{ slug: 'fresh-salon', name: 'New Shop' }],
      members: [{ user_id: owner, role: 'owner' }],
      audit: [{ action: 'tenant.created', actor_user_id: owner }],
    })
  })

  it('refuses a taken slug (any case) with the slug unique violation and leaves nothing behind', async () => {
    const outcome = await attempt(() => create(identityOf(db.data.b.ownerUserId), 'ALPHA-POOLS'))
    expect(outcome.ok ? 'created' : outcome.code).toBe('23505')
    expect(await constraintOf(() => create(identityOf(db.data.b.ownerUserId), 'alpha-pools'))).toBe('tenants_slug_unique')
    const memberships = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      queryRows(tx, z.object({ n: z.number() }), sql`select count(*)::int as n from memberships where user_id = ${db.data.b.ownerUserId}`),
    )
    expect(memberships).toEqual([{ n: 0 }])
  })

  it('refuses a caller without a user, and every tenant actor', async () => {
    const noUser = await attempt(() => create({ actor: 'identity', tenantId: null }, 'no-user-shop'))
    expect(noUser.ok ? 'created' : noUser.code).toBe('42501')
    for (const actor of ['public', 'client', 'staff', 'system', 'operator'] as const) {
      const outcome = await attempt(() => create(actorIn(db.data.a, actor, db.data.operatorUserId), `by-${actor}-shop`))
      expect(outcome.ok ? 'created' : outcome.code, actor).toBe('42501')
    }
  })

  it('refuses an organization id another business already holds', async () => {
    const [first] = await create(identityOf(db.data.a.ownerUserId), 'org-one-shop', 'org_123')
    expect(first).toBeDefined()
    expect(await constraintOf(() => create(identityOf(db.data.b.ownerUserId), 'org-two-shop', 'org_123'))).toBe(
      'tenants_clerk_org_id_unique',
    )
  })
})

describe('portail_private.slug_is_taken', () => {
  const taken = (ctx: ActorContext, slug: string) =>
    db.app.withTenant(ctx, (tx) => queryRows(tx, z.object({ taken: z.boolean() }), sql`select portail_private.slug_is_taken(${slug}) as taken`))

  it('answers yes or no to the identity actor, whatever the case', async () => {
    const ctx = identityOf(db.data.a.ownerUserId)
    expect(await taken(ctx, 'Alpha-Pools')).toEqual([{ taken: true }])
    expect(await taken(ctx, 'nobody-here')).toEqual([{ taken: false }])
  })

  it('cannot be called by tenant actors', async () => {
    for (const actor of ['public', 'client', 'staff', 'system', 'operator'] as const) {
      const outcome = await attempt(() => taken(actorIn(db.data.a, actor, db.data.operatorUserId), 'alpha-pools'))
      expect(outcome.ok ? 'answered' : outcome.code, actor).toBe('42501')
    }
  })
})
