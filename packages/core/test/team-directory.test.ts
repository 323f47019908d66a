import { readLocalMailbox } from '@portail/email'
import { auditLog, memberships, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { isDomainError } from '../src/errors'
import { acceptInvitation, createInvitation } from '../src/invitations'
import { changeMemberRole, removeMember } from '../src/team'
import type { OrganizationDirectory } from '../src/tenants'

/**
 * Team changes reach the business's identity provider organization (Clerk) before commit, so a
 * later membership webhook cannot undo them; a provider failure changes nothing here.
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

/** Records what it was asked; `fail` makes every call reject as an unreachable provider would. */
function fakeDirectory(fail = false) {
  const calls: unknown[] = []
  const record = (call: unknown) => {
    calls.push(call)
    return fail ? Promise.reject(new Error('Clerk is down')) : Promise.resolve()
  }
  const directory: OrganizationDirectory = {
    createOrganization: () => Promise.reject(new Error('not expected')),
    deleteOrganization: () => Promise.reject(new Error('not expected')),
    addMember: (input) => record({ addMember: input }),
    updateMemberRole: (input) => record({ updateMemberRole: input }),
    removeMember: (input) => record({ removeMember: input }),
  }
  return { directory, calls }
}

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
const auditCount = () => asStaff(ownerOf('a'), async (tx) => (await tx.select({ id: auditLog.id }).from(auditLog)).length)
const domainKeyOf = (call: Promise<unknown>) =>
  call.then(
    () => 'succeeded',
    (error: unknown) => {
      if (isDomainError(error)) return `${error.code} ${error.messageKey}`
      throw error
    },
  )

describe('team changes under an identity provider organization', () => {
  it('a refused role change keeps the old role, with a message saying nothing changed', async () => {
    const { directory, calls } = fakeDirectory(true)
    const audits = await auditCount()
    const change = asStaff(ownerOf('a'), (tx) =>
      changeMemberRole(tx, ownerOf('a'), { userId: db.data.a.staffUserId, role: 'admin' }, { organizations: directory }),
    )
    expect(await domainKeyOf(change)).toBe('UNAVAILABLE team.directoryFailed')
    expect(calls).toEqual([{ updateMemberRole: { orgId, userId: db.data.a.staffUserId, role: 'admin' } }])
    expect(await roleOf('a', db.data.a.staffUserId)).toBe('staff')
    expect(await auditCount()).toBe(audits)
  })

  it('a role change gives the organization membership the new role', async () => {
    const { directory, calls } = fakeDirectory()
    await asStaff(ownerOf('a'), (tx) =>
      changeMemberRole(tx, ownerOf('a'), { userId: db.data.a.staffUserId, role: 'admin' }, { organizations: directory }),
    )
    expect(calls).toEqual([{ updateMemberRole: { orgId, userId: db.data.a.staffUserId, role: 'admin' } }])
    expect(await roleOf('a', db.data.a.staffUserId)).toBe('admin')
  })

  it('a refused removal keeps the member; an accepted one takes them off the organization', async () => {
    const failing = fakeDirectory(true)
    const remove = (directory: OrganizationDirectory) =>
      asStaff(ownerOf('a'), (tx) =>
        removeMember(tx, ownerOf('a'), { userId: db.data.leaverUserId }, { organizations: directory }),
      )
    expect(await domainKeyOf(remove(failing.directory))).toBe('UNAVAILABLE team.directoryFailed')
    expect(await roleOf('a', db.data.leaverUserId)).toBe('staff')

    const working = fakeDirectory()
    await remove(working.directory)
    expect(working.calls).toEqual([{ removeMember: { orgId, userId: db.data.leaverUserId } }])
    expect(await roleOf('a', db.data.leaverUserId)).toBeNull()
  })

  it('a refused invitation acceptance adds nobody and leaves the invitation usable', async () => {
    const email = 'invitee@example.test'
    await asStaff(ownerOf('a'), (tx) =>
      createInvitation(tx, ownerOf('a'), { email, role: 'staff' }, { portalOrigin: 'https://alpha.portail.test' }),
    )
    const [mail] = await readLocalMailbox(db.app, email, { kind: 'staff-invitation' })
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] ?? ''
    const accept = (directory: OrganizationDirectory) =>
      db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
        acceptInvitation(
          tx,
          db.data.a.id,
          { userId: db.data.inviteeUserId, email, emailVerified: true },
          { token },
          { organizations: directory },
        ),
      )
    const failing = fakeDirectory(true)
    expect(await domainKeyOf(accept(failing.directory))).toBe('UNAVAILABLE team.directoryFailed')
    expect(await roleOf('a', db.data.inviteeUserId)).toBeNull()

    const working = fakeDirectory()
    expect(await accept(working.directory)).toEqual({ role: 'staff' })
    expect(working.calls).toEqual([{ addMember: { orgId, userId: db.data.inviteeUserId, role: 'staff' } }])
    expect(await roleOf('a', db.data.inviteeUserId)).toBe('staff')
  })

  it('a business without an organization never calls the provider', async () => {
    const { directory, calls } = fakeDirectory(true)
    await asStaff(ownerOf('b'), (tx) =>
      changeMemberRole(tx, ownerOf('b'), { userId: db.data.b.staffUserId, role: 'admin' }, { organizations: directory }),
    )
    expect(calls).toEqual([])
    expect(await roleOf('b', db.data.b.staffUserId)).toBe('admin')
  })
})
