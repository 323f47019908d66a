import type { Database } from '@portail/db'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleClerkWebhook, organizationDeletedReason } from '../src/clerk'
import { clerkUserState, tenantState } from './support/clerk-state'
import { clerkDelivery, clerkMembershipJson, deliveryId } from './support/clerk-webhook-delivery'
import { webhookSecret } from './support/clerk-webhook-delivery'
import { clerkOrganizationJson, clerkUserJson } from './support/fake-clerk-api'

/*
 * POST /api/webhooks/clerk as the web app runs it: signature checked, each delivery applied once,
 * in any order, newest data winning; deleting a user unlinks without deleting business records;
 * deleting an organization suspends its business.
 */

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const deliver = async (request: Request, database: Database = db.app) => {
  const response = await handleClerkWebhook(request, {
    database,
    signingSecret: webhookSecret,
    isReservedSlug: (slug) => slug === 'admin',
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
const at = (iso: string) => Date.parse(iso)
const tenantOf = async (clerkUserId: string, orgId: string) =>
  (await clerkUserState(db.app, clerkUserId, orgId))?.tenant_id ?? ''

describe('Clerk webhooks', () => {
  it('applies a signed delivery, refuses a tampered one, and applies a replay only once', async () => {
    const id = deliveryId()
    const data = clerkUserJson({ id: 'user_w1', email: 'w1@example.test', firstName: 'Wendy' })
    const tampered = clerkDelivery('user.created', data, {
      tamper: (body) => body.replace('w1@example.test', 'evil@example.test'),
    })
    expect(await deliver(tampered)).toEqual({ status: 400, body: { error: 'invalid-signature' } })
    expect(await clerkUserState(db.app, 'user_w1')).toBeNull()
    expect(await deliver(clerkDelivery('user.created', data, { id }))).toEqual({
      status: 200,
      body: { outcome: 'applied' },
    })
    expect(await deliver(clerkDelivery('user.created', data, { id }))).toEqual({
      status: 200,
      body: { outcome: 'duplicate' },
    })
    expect(await clerkUserState(db.app, 'user_w1')).toMatchObject({
      email: 'w1@example.test',
      name: 'Wendy',
      synced: true,
    })
    const entries = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx.execute(sql`select count(*)::int as n from clerk_webhook_deliveries where delivery_id = ${id}`),
    )
    expect(JSON.stringify(entries)).toContain('"n":1')
  })

  it('keeps the newest user data whatever the order: update before create, stale update after newer', async () => {
    const newer = clerkUserJson({
      id: 'user_w2',
      email: 'new@example.test',
      firstName: 'New',
      updatedAt: at('2026-11-02T00:00:00Z'),
    })
    const older = clerkUserJson({
      id: 'user_w2',
      email: 'old@example.test',
      firstName: 'Old',
      updatedAt: at('2026-11-01T00:00:00Z'),
    })
    await deliver(clerkDelivery('user.updated', newer))
    await deliver(clerkDelivery('user.created', older))
    await deliver(clerkDelivery('user.updated', older))
    expect(await clerkUserState(db.app, 'user_w2')).toMatchObject({ email: 'new@example.test', name: 'New' })
  })

  it('creates stubs for a membership that arrives before its user and organization, then fills them in', async () => {
    const shop = { id: 'org_w', name: 'Shop W', slug: 'shop-w', createdBy: 'user_creator' }
    const membership = clerkMembershipJson({
      organization: shop,
      userId: 'user_member',
      role: 'org:member',
      firstName: 'Mia',
    })
    expect(await deliver(clerkDelivery('organizationMembership.created', membership))).toMatchObject({ status: 200 })
    expect(await clerkUserState(db.app, 'user_member', 'org_w')).toMatchObject({
      name: 'Mia',
      synced: false,
      member_role: 'staff',
    })
    const tenantId = await tenantOf('user_member', 'org_w')
    // The organization's creator owns the business, provisioned as a stub until its own event.
    expect((await clerkUserState(db.app, 'user_creator', 'org_w'))?.member_role).toBe('owner')
    await deliver(
      clerkDelivery('user.created', clerkUserJson({ id: 'user_member', email: 'mia@example.test', firstName: 'Mia' })),
    )
    await deliver(
      clerkDelivery(
        'organization.updated',
        clerkOrganizationJson({ ...shop, name: 'Shop W Renamed', updatedAt: at('2026-11-03T00:00:00Z') }),
      ),
    )
    await deliver(clerkDelivery('organization.created', clerkOrganizationJson(shop)))
    const state = await tenantState(db.app, tenantId)
    expect(state.tenant).toMatchObject({ slug: 'shop-w', name: 'Shop W Renamed' })
    expect(state.members).toEqual([
      { email: 'mia@example.test', role: 'staff' },
      { email: 'user_creator@users.clerk.invalid', role: 'owner' },
    ])
  })

  it('changes a role from newer membership data only, and keeps an owner an owner when Clerk says admin', async () => {
    const shop = { id: 'org_w', name: 'Shop W', slug: 'shop-w', createdBy: 'user_creator' }
    const update = (userId: string, role: string, iso: string) =>
      deliver(
        clerkDelivery(
          'organizationMembership.updated',
          clerkMembershipJson({ organization: shop, userId, role, updatedAt: at(iso) }),
        ),
      )
    await update('user_member', 'org:admin', '2026-11-05T00:00:00Z')
    await update('user_member', 'org:member', '2026-11-04T00:00:00Z')
    expect((await clerkUserState(db.app, 'user_member', 'org_w'))?.member_role).toBe('admin')
    await update('user_creator', 'org:admin', '2026-11-05T00:00:00Z')
    expect((await clerkUserState(db.app, 'user_creator', 'org_w'))?.member_role).toBe('owner')
  })

  it('removes a membership removed in Clerk', async () => {
    const shop = { id: 'org_w', name: 'Shop W', slug: 'shop-w', createdBy: 'user_creator' }
    const data = clerkMembershipJson({
      organization: shop,
      userId: 'user_member',
      role: 'org:admin',
      updatedAt: at('2026-11-06T00:00:00Z'),
    })
    await deliver(clerkDelivery('organizationMembership.deleted', data))
    expect((await clerkUserState(db.app, 'user_member', 'org_w'))?.member_role).toBeNull()
  })

  it('keeps a removed membership removed when its older events arrive late, and takes a member added again', async () => {
    const shop = { id: 'org_w', name: 'Shop W', slug: 'shop-w', createdBy: 'user_creator' }
    const event = (type: string, iso: string) =>
      clerkDelivery(
        type,
        clerkMembershipJson({ organization: shop, userId: 'user_late', role: 'org:member', updatedAt: at(iso) }),
      )
    await deliver(event('organizationMembership.deleted', '2026-11-10T00:00:00Z'))
    await deliver(event('organizationMembership.created', '2026-11-09T00:00:00Z'))
    await deliver(event('organizationMembership.updated', '2026-11-10T00:00:00Z'))
    expect((await clerkUserState(db.app, 'user_late', 'org_w'))?.member_role).toBeNull()
    await deliver(event('organizationMembership.created', '2026-11-11T00:00:00Z'))
    expect((await clerkUserState(db.app, 'user_late', 'org_w'))?.member_role).toBe('staff')
  })

  it('creates no business for an organization whose deletion arrived first', async () => {
    await deliver(clerkDelivery('organization.deleted', { id: 'org_gone', object: 'organization', deleted: true }))
    const gone = { id: 'org_gone', name: 'Gone', slug: 'gone-shop', createdBy: 'user_gone_owner' }
    await deliver(clerkDelivery('organization.created', clerkOrganizationJson(gone)))
    await deliver(
      clerkDelivery(
        'organizationMembership.created',
        clerkMembershipJson({ organization: gone, userId: 'user_gone_owner', role: 'org:admin' }),
      ),
    )
    expect(await clerkUserState(db.app, 'user_gone_owner', 'org_gone')).toMatchObject({
      tenant_id: null,
      member_role: null,
    })
  })

  it('unlinks a user deleted in Clerk without deleting the business records about them', async () => {
    const shop = { id: 'org_d', name: 'Shop D', slug: 'shop-d', createdBy: 'user_d_owner' }
    await deliver(
      clerkDelivery('user.created', clerkUserJson({ id: 'user_d', email: 'd@example.test', firstName: 'Dee' })),
    )
    await deliver(
      clerkDelivery(
        'organizationMembership.created',
        clerkMembershipJson({ organization: shop, userId: 'user_d', role: 'org:member' }),
      ),
    )
    const tenantId = await tenantOf('user_d', 'org_d')
    const userId = (await clerkUserState(db.app, 'user_d'))?.user_id ?? ''
    await db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
      tx.execute(
        sql`insert into clients (tenant_id, full_name, email, user_id) values (${tenantId}, 'Dee', 'd@example.test', ${userId})`,
      ),
    )
    expect(await deliver(clerkDelivery('user.deleted', { id: 'user_d', object: 'user', deleted: true }))).toMatchObject(
      { status: 200 },
    )
    expect(await clerkUserState(db.app, 'user_d')).toMatchObject({
      deleted: true,
      name: '',
      email: `deleted-${userId}@users.invalid`,
    })
    const state = await tenantState(db.app, tenantId)
    expect(state.clients).toEqual([{ full_name: 'Dee', user_id: null }])
    expect(state.members.map((member) => member.role)).toEqual(['owner'])
    // One transaction's entries share created_at; UUIDv7 ids do not order them within a millisecond.
    expect(state.audit.slice(0, 2)).toEqual(['tenant.created', 'membership.created'])
    expect(state.audit.slice(2).sort()).toEqual(['client.unlinked', 'membership.removed'])
    // A late event about the deleted user brings nothing back.
    await deliver(
      clerkDelivery(
        'user.updated',
        clerkUserJson({ id: 'user_d', email: 'd@example.test', updatedAt: at('2027-01-01T00:00:00Z') }),
      ),
    )
    await deliver(
      clerkDelivery(
        'organizationMembership.created',
        clerkMembershipJson({ organization: shop, userId: 'user_d', role: 'org:member' }),
      ),
    )
    expect(await clerkUserState(db.app, 'user_d', 'org_d')).toMatchObject({ deleted: true, member_role: null })
  })

  it('suspends (never deletes) the business of a deleted organization', async () => {
    const tenantId = await tenantOf('user_d_owner', 'org_d')
    await deliver(clerkDelivery('organization.deleted', { id: 'org_d', object: 'organization', deleted: true }))
    const state = await tenantState(db.app, tenantId)
    expect(state.tenant).toMatchObject({ status: 'suspended', suspended_reason: organizationDeletedReason })
    expect(state.clients).toHaveLength(1)
    expect(state.audit.at(-1)).toBe('tenant.suspended')
  })

  it('records an event type it does not mirror, and answers 503 when the database fails so Clerk retries', async () => {
    expect(await deliver(clerkDelivery('session.created', { id: 'sess_1' }))).toEqual({
      status: 200,
      body: { outcome: 'ignored' },
    })
    const down: Database = { ...db.app, withTenant: () => Promise.reject(new Error('connection refused')) }
    const request = clerkDelivery('user.created', clerkUserJson({ id: 'user_w9', email: 'w9@example.test' }))
    expect(await deliver(request, down)).toEqual({ status: 503, body: { error: 'temporarily-unavailable' } })
  })
})
