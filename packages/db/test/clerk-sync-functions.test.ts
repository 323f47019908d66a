import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase } from './harness'
import { attempt, queryRows } from './support/query'

/*
 * The portail_private.clerk_* functions, called as the identity actor the way the Clerk adapter
 * calls them: stubs, newer-wins, deletion that unlinks without deleting business records,
 * suspension instead of deletion. The adapter's own tests (packages/auth) drive them end to end.
 */

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const identity: ActorContext = { actor: 'identity', tenantId: null }
const one = <T extends z.ZodType>(schema: T, statement: SQL, ctx: ActorContext = identity) =>
  db.app.withTenant(ctx, async (tx) => {
    const [row] = await queryRows(tx, schema, statement)
    return row
  })
const value = z.object({ v: z.string().nullable() })
const audit = sql`'{"source":"test"}'::jsonb`

const upsertUser = (
  id: string,
  email: string | null,
  name: string | null,
  updatedAt: string | null,
  role: 'operator' | null = null,
) =>
  one(
    value,
    sql`select portail_private.clerk_upsert_user(${id}, ${email}, ${name}, 'fr', ${role}, ${updatedAt}::timestamptz, ${audit})::text as v`,
  )
const userRow = (clerkId: string) =>
  one(
    z.object({
      user_id: z.string(),
      email: z.string(),
      name: z.string(),
      platform_role: z.string().nullable(),
      synced: z.boolean(),
      deleted: z.boolean(),
    }),
    sql`select user_id::text, email, name, platform_role::text, synced, deleted from portail_private.clerk_identity(${clerkId}, null)`,
  )

describe('Clerk sync functions', () => {
  it('keeps the newest user data and fills stubs without overwriting real data', async () => {
    const stub = await upsertUser('user_a', null, null, null)
    expect(await userRow('user_a')).toMatchObject({ email: 'user_a@users.clerk.invalid', synced: false })
    const created = await upsertUser('user_a', 'a@example.com', 'Alice', '2026-11-01T10:00:00Z', 'operator')
    expect(created?.v).toBe(stub?.v)
    await upsertUser('user_a', 'old@example.com', 'Old', '2026-11-01T09:00:00Z')
    await upsertUser('user_a', null, null, null)
    expect(await userRow('user_a')).toMatchObject({
      email: 'a@example.com',
      name: 'Alice',
      platform_role: 'operator',
      synced: true,
    })
  })

  it('creates a tenant through create_tenant, renames it from newer data only, suspends it on deletion', async () => {
    const owner = await upsertUser('user_owner', 'owner@example.com', 'Owner', '2026-11-01T10:00:00Z')
    const tenant = await one(
      value,
      sql`select portail_private.create_tenant('clerk-shop', 'Clerk Shop', 'other', 'America/Toronto', 'fr', 'org_1', 'identity_provider')::text as v`,
      { ...identity, userId: owner?.v ?? null },
    )
    await one(
      value,
      sql`select portail_private.clerk_update_organization('org_1', 'Renamed', '2026-11-02T00:00:00Z')::text as v`,
    )
    await one(
      value,
      sql`select portail_private.clerk_update_organization('org_1', 'Stale', '2026-11-01T00:00:00Z')::text as v`,
    )
    const member = await upsertUser('user_b', 'b@example.com', 'Bob', '2026-11-01T10:00:00Z')
    const role = await one(
      value,
      sql`select portail_private.clerk_upsert_membership('org_1', 'user_b', 'staff', '2026-11-01T10:00:00Z', null, ${audit})::text as v`,
    )
    expect(role?.v).toBe('staff')
    const stale = await one(
      value,
      sql`select portail_private.clerk_upsert_membership('org_1', 'user_b', 'admin', '2026-11-01T09:00:00Z', null, ${audit})::text as v`,
    )
    expect(stale?.v).toBe('staff')
    const tenantId = tenant?.v ?? ''
    const asSystem: ActorContext = { actor: 'system', tenantId }
    await db.app.withTenant(asSystem, (tx) =>
      tx.execute(
        sql`insert into clients (tenant_id, full_name, email, user_id) values (${tenantId}, 'Bob', 'b@example.com', ${member?.v ?? null})`,
      ),
    )
    const deleted = await one(value, sql`select portail_private.clerk_delete_user('user_b', ${audit})::text as v`)
    expect(deleted?.v).toBe(member?.v)
    expect(await userRow('user_b')).toMatchObject({ name: '', deleted: true })
    const after = await db.app.withTenant(asSystem, async (tx) => ({
      tenant: await queryRows(tx, z.object({ name: z.string() }), sql`select name from tenants`),
      members: await queryRows(
        tx,
        z.object({ role: z.string() }),
        sql`select role::text from memberships order by role`,
      ),
      clients: await queryRows(
        tx,
        z.object({ user_id: z.string().nullable() }),
        sql`select user_id::text from clients`,
      ),
      // One transaction's entries share created_at, and UUIDv7 ids do not order them within a
      // millisecond: the actions are compared sorted.
      audit: (await queryRows(tx, z.object({ action: z.string() }), sql`select action from audit_log`))
        .map((row) => row.action)
        .sort(),
    }))
    expect(after).toEqual({
      tenant: [{ name: 'Renamed' }],
      members: [{ role: 'owner' }],
      clients: [{ user_id: null }],
      audit: ['client.unlinked', 'membership.created', 'membership.removed', 'tenant.created'],
    })
    // A late event for the deleted user brings nothing back.
    expect((await upsertUser('user_b', 'b@example.com', 'Bob', '2026-11-03T00:00:00Z'))?.v).toBeNull()
    const suspended = await one(
      value,
      sql`select portail_private.clerk_suspend_organization('org_1', 'gone', ${audit})::text as v`,
    )
    expect(suspended?.v).toBe(tenantId)
    const status = await one(
      z.object({ status: z.string(), suspended_reason: z.string() }),
      sql`select status::text, suspended_reason from tenants`,
      asSystem,
    )
    expect(status).toEqual({ status: 'suspended', suspended_reason: 'gone' })
    expect(
      (
        await one(
          value,
          sql`select portail_private.clerk_delete_membership('org_1', 'user_owner', null, 'removed', ${audit})::text as v`,
        )
      )?.v,
    ).toBe('true')
  })

  it('leaves a tombstone for a user deleted before it was seen', async () => {
    await one(value, sql`select portail_private.clerk_delete_user('user_early', ${audit})::text as v`)
    expect((await upsertUser('user_early', 'e@example.com', 'Early', '2026-11-01T00:00:00Z'))?.v).toBeNull()
  })

  it('refuses a membership whose user or organization is not provisioned', async () => {
    const outcome = await attempt(() =>
      one(
        value,
        sql`select portail_private.clerk_upsert_membership('org_none', 'user_a', 'staff', null, null, ${audit})::text as v`,
      ),
    )
    expect(outcome.ok).toBe(false)
  })

  it('is out of reach of every other actor', async () => {
    const outcome = await attempt(() =>
      one(value, sql`select portail_private.clerk_delete_user('user_a', ${audit})::text as v`, {
        actor: 'public',
        tenantId: null,
      }),
    )
    expect(outcome).toMatchObject({ ok: false, code: '42501' })
  })
})

describe('portail_private.clerk_user_id', () => {
  it('answers the Clerk id of a live Clerk user only', async () => {
    const alive = await upsertUser('user_named', 'named@example.com', 'Named', '2026-11-01T00:00:00Z')
    const clerkIdOf = (userId: string | null | undefined) =>
      one(value, sql`select portail_private.clerk_user_id(${userId ?? null}::uuid) as v`)
    expect((await clerkIdOf(alive?.v))?.v).toBe('user_named')
    const gone = await one(value, sql`select portail_private.clerk_delete_user('user_named', ${audit})::text as v`)
    expect((await clerkIdOf(gone?.v))?.v).toBeNull()
  })
})

describe('Clerk tombstones', () => {
  it('refuses membership data no newer than its removal, and accepts a member added again later', async () => {
    const owner = await upsertUser('user_t_owner', 'towner@example.com', 'Owner', '2026-11-01T00:00:00Z')
    await one(
      value,
      sql`select portail_private.create_tenant('tomb-shop', 'Tomb Shop', 'other', 'America/Toronto', 'fr', 'org_t', 'identity_provider')::text as v`,
      { ...identity, userId: owner?.v ?? null },
    )
    await upsertUser('user_t', 't@example.com', 'T', '2026-11-01T00:00:00Z')
    const upsert = (iso: string) =>
      one(
        value,
        sql`select portail_private.clerk_upsert_membership('org_t', 'user_t', 'staff', ${iso}::timestamptz, null, ${audit})::text as v`,
      )
    await one(
      value,
      sql`select portail_private.clerk_delete_membership('org_t', 'user_t', '2026-11-02T00:00:00Z', 'removed', ${audit})::text as v`,
    )
    expect((await upsert('2026-11-01T00:00:00Z'))?.v).toBeNull()
    expect((await upsert('2026-11-02T00:00:00Z'))?.v).toBeNull()
    expect((await upsert('2026-11-03T00:00:00Z'))?.v).toBe('staff')
  })

  it('remembers a deleted organization, even one never seen', async () => {
    const removed = (orgId: string) =>
      one(value, sql`select portail_private.clerk_organization_removed(${orgId})::text as v`)
    expect((await removed('org_never'))?.v).toBe('false')
    await one(value, sql`select portail_private.clerk_suspend_organization('org_never', 'gone', ${audit})::text as v`)
    expect((await removed('org_never'))?.v).toBe('true')
  })
})
