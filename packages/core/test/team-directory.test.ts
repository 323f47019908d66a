import { readLocalMailbox } from '@portail/email'
import { auditLog, memberships, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { acceptInvitation, createInvitation } from '../src/invitations'
import { changeMemberRole, removeMember } from '../src/team'
import type { OrganizationDirectory, OrganizationSyncPolicy } from '../src/tenants'

/**
 * Team changes reach the business's identity provider organization (Clerk) AFTER our commit, each
 * try bounded in time and the tries bounded in number; a provider that is down or slow leaves the
 * change saved here and says so (`organizationSync: 'failed'`), holding no lock meanwhile. The
 * provider is a local HTTP server, as in the Clerk adapter's tests.
 */
interface Fixture extends TwoTenantFixture {
  leaverUserId: string
  inviteeUserId: string
}

const orgId = 'org_alpha'
let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    await admin.db.update(tenants).set({ clerkOrgId: orgId }).where(eq(tenants.id, f.a.id))
    const person = async (label: string) => {
      const [row] = await admin.db
        .insert(users)
        .values({ externalId: `test:${label}`, email: `${label}@example.test`, name: `${label} Person` })
        .returning({ id: users.id })
      if (!row) throw new Error('user not created')
      return row.id
    }
    const leaverUserId = await person('leaver')
    await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: leaverUserId, role: 'staff' })
    return { ...f, leaverUserId, inviteeUserId: await person('invitee') }
  })
})
afterAll(async () => db.close())

const ownerOf = (tenant: 'a' | 'b'): StaffActor => ({
  tenantId: db.data[tenant].id,
  userId: db.data[tenant].ownerUserId,
  role: 'owner',
})
const asStaff = <T>(staff: StaffActor, fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: staff.tenantId, userId: staff.userId }, fn)
const roleOf = (tenant: 'a' | 'b', userId: string) =>
  asStaff(ownerOf(tenant), async (tx) => {
    const [row] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.tenantId, db.data[tenant].id), eq(memberships.userId, userId)))
    return row?.role ?? null
  })
const auditCount = () =>
  asStaff(ownerOf('a'), async (tx) => (await tx.select({ id: auditLog.id }).from(auditLog)).length)
/**
 * A stand-in for Clerk's Backend API on a local port: `up` answers 200, `down` 503, `slow` never
 * answers (until the test ends). Counts the requests it received.
 */
async function startProvider() {
  let mode: 'up' | 'down' | 'slow' = 'up'
  const received: string[] = []
  const hanging: ServerResponse[] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    received.push(`${request.method ?? ''} ${request.url ?? ''}`)
    if (mode === 'slow') return void hanging.push(response)
    response.writeHead(mode === 'up' ? 200 : 503, { 'content-type': 'application/json' }).end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    received,
    set: (next: typeof mode) => {
      mode = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy()
        server.close(() => resolve())
      }),
    url,
  }
}

type Provider = Awaited<ReturnType<typeof startProvider>>

/** An organization directory over HTTP, as the Clerk adapter is: one request per call, non-2xx throws. */
function httpDirectory(provider: Provider, onCall?: () => Promise<void>): OrganizationDirectory {
  const call = async (method: string, path: string) => {
    await onCall?.()
    const response = await fetch(`${provider.url}${path}`, { method })
    if (!response.ok) throw new Error(`provider answered ${response.status}`)
  }
  return {
    createOrganization: () => Promise.reject(new Error('not expected')),
    deleteOrganization: () => Promise.reject(new Error('not expected')),
    addMember: ({ orgId, userId }) => call('POST', `/v1/organizations/${orgId}/memberships/${userId}`),
    updateMemberRole: ({ orgId, userId }) => call('PATCH', `/v1/organizations/${orgId}/memberships/${userId}`),
    removeMember: ({ orgId, userId }) => call('DELETE', `/v1/organizations/${orgId}/memberships/${userId}`),
  }
}

let provider: Provider
beforeAll(async () => {
  provider = await startProvider()
})
afterAll(async () => provider.close())

const failures: unknown[] = []
/** Short bounds so the test runs fast; the production ones are 3 tries of 3 s. */
const quick: OrganizationSyncPolicy = {
  attempts: 3,
  timeoutMs: 200,
  backoffMs: 10,
  onFailure: (failure) => failures.push(failure),
}

describe('team changes under an identity provider organization', () => {
  it('calls the provider only after the commit: the change is already visible to everyone when it does', async () => {
    provider.set('up')
    const seenByProvider: (string | null)[] = []
    // Run inside the provider's call: with the old code (call under the open transaction) this read
    // would not see the new role (or, on PGlite, wait for the transaction that waits for it).
    const directory = httpDirectory(provider, async () => {
      seenByProvider.push(await roleOf('a', db.data.a.staffUserId))
    })
    const changed = await changeMemberRole(
      db.app,
      ownerOf('a'),
      { userId: db.data.a.staffUserId, role: 'admin' },
      { organizations: directory, sync: { ...quick, timeoutMs: 5000 } },
    )
    expect(changed).toMatchObject({ role: 'admin', organizationSync: 'done' })
    expect(seenByProvider).toEqual(['admin'])
  })

  it('with the provider down: the role change is saved and audited, tried 3 times, and answered as not mirrored', async () => {
    provider.set('down')
    const before = provider.received.length
    const audits = await auditCount()
    failures.length = 0
    const changed = await changeMemberRole(
      db.app,
      ownerOf('a'),
      { userId: db.data.a.staffUserId, role: 'staff' },
      { organizations: httpDirectory(provider), sync: quick },
    )
    expect(changed).toMatchObject({ role: 'staff', organizationSync: 'failed' })
    expect(provider.received.slice(before)).toEqual(
      Array.from({ length: 3 }, () => `PATCH /v1/organizations/${orgId}/memberships/${db.data.a.staffUserId}`),
    )
    expect(await roleOf('a', db.data.a.staffUserId)).toBe('staff')
    expect(await auditCount()).toBe(audits + 1)
    expect(failures).toEqual([
      expect.objectContaining({
        change: { action: 'updateMemberRole', input: { orgId, userId: db.data.a.staffUserId, role: 'staff' } },
      }),
    ])
  })

  it('with the provider slow: each try is given up at its timeout, so the removal answers within the bounds, saved', async () => {
    provider.set('slow')
    const started = Date.now()
    const removed = await removeMember(
      db.app,
      ownerOf('a'),
      { userId: db.data.leaverUserId },
      { organizations: httpDirectory(provider), sync: quick },
    )
    const elapsed = Date.now() - started
    expect(removed).toEqual({ userId: db.data.leaverUserId, organizationSync: 'failed' })
    expect(elapsed).toBeGreaterThanOrEqual(3 * 200)
    expect(elapsed).toBeLessThan(3000)
    expect(await roleOf('a', db.data.leaverUserId)).toBeNull()
  })

  it('an accepted invitation adds the person to the organization after the commit; down, they are on the team anyway', async () => {
    const email = 'invitee@example.test'
    await asStaff(ownerOf('a'), (tx) =>
      createInvitation(tx, ownerOf('a'), { email, role: 'staff' }, { portalOrigin: 'https://alpha.portail.test' }),
    )
    const [mail] = await readLocalMailbox(db.app, email, { kind: 'staff-invitation' })
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] ?? ''
    provider.set('down')
    const accepted = await acceptInvitation(
      db.app,
      db.data.a.id,
      { userId: db.data.inviteeUserId, email, emailVerified: true, name: 'invitee Person' },
      { token },
      { organizations: httpDirectory(provider), sync: quick },
    )
    expect(accepted).toEqual({ role: 'staff', organizationSync: 'failed' })
    expect(provider.received.at(-1)).toBe(`POST /v1/organizations/${orgId}/memberships/${db.data.inviteeUserId}`)
    expect(await roleOf('a', db.data.inviteeUserId)).toBe('staff')
  })

  it('a business without an organization never calls the provider', async () => {
    provider.set('up')
    const before = provider.received.length
    const changed = await changeMemberRole(
      db.app,
      ownerOf('b'),
      { userId: db.data.b.staffUserId, role: 'admin' },
      { organizations: httpDirectory(provider), sync: quick },
    )
    expect(changed.organizationSync).toBe('none')
    expect(provider.received.length).toBe(before)
    expect(await roleOf('b', db.data.b.staffUserId)).toBe('admin')
  })
})
