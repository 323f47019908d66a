import type { AdminConnection } from '@portail/db/admin'
import type { OrganizationDirectory } from '@portail/core/tenants'
import { memberships, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'
import { errorOf } from './support/error-of'
import { auditOf } from './support/inspect'

interface TeamFixture extends TwoTenantFixture {
  adminUserId: string
}

async function teamFixture(admin: AdminConnection): Promise<TeamFixture> {
  const f = await twoTenantFixture(admin)
  const [user] = await admin.db
    .insert(users)
    .values({ externalId: 'test:alpha-pools-admin', email: 'admin@alpha-pools.test', name: 'admin Alpha' })
    .returning({ id: users.id })
  if (!user) throw new Error('admin fixture not created')
  await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: user.id, role: 'admin' })
  return { ...f, adminUserId: user.id }
}

// Each test starts from a fresh team: the rules depend on who is owner right now.
let db: TestDatabase<TeamFixture>
beforeEach(async () => {
  await db?.close()
  db = await createTestDatabase(teamFixture)
})
afterAll(async () => db.close())

const as = (userId: string, secondFactorAgeMinutes: number | undefined = 1) =>
  callerFor(db.app, { host: hostOf(db.data.a.slug), userId, secondFactorAgeMinutes, acceptLanguage: 'en' })

const teamOfA = () =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
    tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.tenantId, db.data.a.id))
      .orderBy(asc(memberships.userId)),
  )

const roleOf = async (userId: string) => (await teamOfA()).find((member) => member.userId === userId)?.role ?? null

describe('staff.team.list', () => {
  it('shows every member of the own business with name, email, role and joining date, to any staff member', async () => {
    const team = await (await as(db.data.a.staffUserId, undefined)).staff.team.list()
    expect(team.map(({ name, email, role }) => ({ name, email, role }))).toEqual([
      { name: 'admin Alpha', email: 'admin@alpha-pools.test', role: 'admin' },
      { name: 'owner Alpha', email: 'owner@alpha-pools.test', role: 'owner' },
      { name: 'staff Alpha', email: 'staff@alpha-pools.test', role: 'staff' },
    ])
    expect(team.every((member) => member.joinedAt instanceof Date)).toBe(true)
    expect(JSON.stringify(team)).not.toContain('Bravo')
  })
})

describe('staff.team.changeRole', () => {
  it('lets the owner promote a member, and audits the roles before and after', async () => {
    const owner = await as(db.data.a.ownerUserId)
    const changed = await owner.staff.team.changeRole({ userId: db.data.a.staffUserId, role: 'admin' })
    expect(changed).toMatchObject({ userId: db.data.a.staffUserId, role: 'admin', name: 'staff Alpha' })
    const entry = (await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).find(
      (row) => row.action === 'membership.role_changed',
    )
    expect(entry).toMatchObject({
      actorUserId: db.data.a.ownerUserId,
      actorRole: 'owner',
      entityType: 'membership',
      data: { userId: db.data.a.staffUserId, from: 'staff', to: 'admin', fields: ['role'] },
    })
  })

  it('never leaves the business without an owner: the last owner cannot step down', async () => {
    const owner = await as(db.data.a.ownerUserId)
    const error = await errorOf(owner.staff.team.changeRole({ userId: db.data.a.ownerUserId, role: 'admin' }))
    expect(error.code).toBe('CONFLICT')
    expect(error.cause).toMatchObject({ messageKey: 'team.lastOwner' })
    expect(error.message).toMatch(/at least one owner/)
    expect(await roleOf(db.data.a.ownerUserId)).toBe('owner')
    expect((await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).length).toBe(0)
  })

  it('lets an owner step down once someone else is owner', async () => {
    const owner = await as(db.data.a.ownerUserId)
    await owner.staff.team.changeRole({ userId: db.data.adminUserId, role: 'owner' })
    await owner.staff.team.changeRole({ userId: db.data.a.ownerUserId, role: 'admin' })
    expect(await roleOf(db.data.adminUserId)).toBe('owner')
    expect(await roleOf(db.data.a.ownerUserId)).toBe('admin')
  })

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    await (await as(db.data.a.ownerUserId)).staff.team.changeRole({ userId: db.data.adminUserId, role: 'owner' })
    const first = await as(db.data.a.ownerUserId)
    const second = await as(db.data.adminUserId)
    const results = await Promise.allSettled([
      first.staff.team.changeRole({ userId: db.data.adminUserId, role: 'staff' }),
      second.staff.team.changeRole({ userId: db.data.a.ownerUserId, role: 'staff' }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect((await teamOfA()).filter((member) => member.role === 'owner')).toHaveLength(1)
  })

  it('refuses a change to the same role, and a member of another business, changing nothing', async () => {
    const owner = await as(db.data.a.ownerUserId)
    const same = await errorOf(owner.staff.team.changeRole({ userId: db.data.a.staffUserId, role: 'staff' }))
    expect(same.cause).toMatchObject({ code: 'CONFLICT', messageKey: 'team.roleUnchanged' })
    const foreign = await errorOf(owner.staff.team.changeRole({ userId: db.data.b.staffUserId, role: 'admin' }))
    expect(foreign.code).toBe('NOT_FOUND')
    expect(await roleOf(db.data.a.staffUserId)).toBe('staff')
  })

  it('is for owners only: an admin is refused even with a fresh second factor', async () => {
    const error = await errorOf(
      (await as(db.data.adminUserId)).staff.team.changeRole({ userId: db.data.a.staffUserId, role: 'admin' }),
    )
    expect(error.cause).toMatchObject({ code: 'FORBIDDEN', messageKey: 'auth.permissionDenied' })
  })
})

describe('staff.team.remove', () => {
  it('lets an admin remove a staff member, whose access ends with the next request, and audits who it was', async () => {
    const admin = await as(db.data.adminUserId)
    expect(await admin.staff.team.remove({ userId: db.data.a.staffUserId })).toEqual({
      userId: db.data.a.staffUserId,
      organizationSync: 'none',
    })
    expect(await roleOf(db.data.a.staffUserId)).toBeNull()
    const removed = await errorOf((await as(db.data.a.staffUserId)).staff.team.list())
    expect(removed.cause).toMatchObject({ code: 'FORBIDDEN', messageKey: 'auth.notMember' })
    const entry = (await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).find(
      (row) => row.action === 'membership.removed',
    )
    expect(entry).toMatchObject({
      actorUserId: db.data.adminUserId,
      actorRole: 'admin',
      data: { userId: db.data.a.staffUserId, name: 'staff Alpha', role: 'staff' },
    })
  })

  it('refuses an admin removing an owner, with a message saying only an owner can', async () => {
    const error = await errorOf((await as(db.data.adminUserId)).staff.team.remove({ userId: db.data.a.ownerUserId }))
    expect(error.code).toBe('FORBIDDEN')
    expect(error.cause).toMatchObject({ messageKey: 'team.ownerProtected' })
    expect(error.message).toBe('Only an owner can remove an owner from the team.')
    expect(await roleOf(db.data.a.ownerUserId)).toBe('owner')
  })

  it('refuses to remove the last owner, even by themselves, and lets a second owner be removed', async () => {
    const owner = await as(db.data.a.ownerUserId)
    const error = await errorOf(owner.staff.team.remove({ userId: db.data.a.ownerUserId }))
    expect(error.cause).toMatchObject({ code: 'CONFLICT', messageKey: 'team.lastOwner' })
    await owner.staff.team.changeRole({ userId: db.data.adminUserId, role: 'owner' })
    await owner.staff.team.remove({ userId: db.data.adminUserId })
    expect(await roleOf(db.data.adminUserId)).toBeNull()
  })

  it('refuses staff, and a stale second factor, with messages in the caller’s language', async () => {
    const staff = await errorOf((await as(db.data.a.staffUserId)).staff.team.remove({ userId: db.data.adminUserId }))
    expect(staff.cause).toMatchObject({ code: 'FORBIDDEN', messageKey: 'auth.permissionDenied' })
    const stale = await callerFor(db.app, {
      host: hostOf(db.data.a.slug),
      userId: db.data.a.ownerUserId,
      secondFactorAgeMinutes: 25,
      acceptLanguage: 'fr',
    })
    const error = await errorOf(stale.staff.team.remove({ userId: db.data.a.staffUserId }))
    expect(error.cause).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' })
    expect(error.message).toMatch(/saisissez le code/)
    expect(await roleOf(db.data.a.staffUserId)).toBe('staff')
  })
})

describe('membership rows', () => {
  it('are only ever changed inside the caller’s business', async () => {
    await (await as(db.data.a.ownerUserId)).staff.team.remove({ userId: db.data.a.staffUserId })
    const bravo = await db.app.withTenant(
      { actor: 'staff', tenantId: db.data.b.id, userId: db.data.b.ownerUserId },
      (tx) =>
        tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(and(eq(memberships.tenantId, db.data.b.id))),
    )
    expect(bravo).toHaveLength(2)
  })
})

describe('under Clerk (a business with an organization)', () => {
  it('the answer never waits for the provider: the change is saved and queued for the organization, the provider not called', async () => {
    const clerkDb = await createTestDatabase(async (admin) => {
      const f = await teamFixture(admin)
      await admin.db.update(tenants).set({ clerkOrgId: 'org_alpha' }).where(eq(tenants.id, f.a.id))
      return f
    })
    const calls: string[] = []
    const down = (call: string) => {
      calls.push(call)
      return Promise.reject(new Error('Clerk is down'))
    }
    const organizations: OrganizationDirectory = {
      createOrganization: () => Promise.resolve(null),
      deleteOrganization: () => Promise.resolve(),
      addMember: () => down('add'),
      updateMemberRole: ({ orgId, role }) => down(`role ${orgId} ${role}`),
      removeMember: ({ orgId }) => down(`remove ${orgId}`),
    }
    try {
      const caller = await callerFor(clerkDb.app, {
        host: hostOf(clerkDb.data.a.slug),
        userId: clerkDb.data.a.ownerUserId,
        secondFactorAgeMinutes: 1,
        organizations,
      })
      const changed = await caller.staff.team.changeRole({ userId: clerkDb.data.a.staffUserId, role: 'admin' })
      expect(changed).toMatchObject({ role: 'admin', organizationSync: 'queued' })
      const [member] = await clerkDb.app.withTenant(
        { actor: 'staff', tenantId: clerkDb.data.a.id, userId: clerkDb.data.a.ownerUserId },
        (tx) =>
          tx
            .select({ role: memberships.role })
            .from(memberships)
            .where(
              and(eq(memberships.tenantId, clerkDb.data.a.id), eq(memberships.userId, clerkDb.data.a.staffUserId)),
            ),
      )
      expect(member?.role).toBe('admin')
      expect(await caller.staff.team.remove({ userId: clerkDb.data.a.staffUserId })).toEqual({
        userId: clerkDb.data.a.staffUserId,
        organizationSync: 'queued',
      })
      expect(calls).toEqual([])
    } finally {
      await clerkDb.close()
    }
  })
})

describe('staff.team.setDisplayName', () => {
  /** The names a visitor of A reads on the booking wizard for the staff member's service. */
  const publicNames = async () => {
    const visitor = await callerFor(db.app, { host: hostOf(db.data.a.slug), acceptLanguage: 'en' })
    const catalog = await visitor.booking.catalog()
    return catalog.services.flatMap((service) => service.staff.map((member) => member.displayName))
  }

  it('lets a staff member choose the name visitors see, back to the first name with null, audited', async () => {
    const staff = await as(db.data.a.staffUserId, undefined)
    expect(await publicNames()).toEqual(['staff'])
    const renamed = await staff.staff.team.setDisplayName({
      userId: db.data.a.staffUserId,
      displayName: '  Sophie L.  ',
    })
    expect(renamed).toMatchObject({ userId: db.data.a.staffUserId, displayName: 'Sophie L.' })
    expect(await publicNames()).toEqual(['Sophie L.'])
    await staff.staff.team.setDisplayName({ userId: db.data.a.staffUserId, displayName: null })
    expect(await publicNames()).toEqual(['staff'])
    const entries = (await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).filter(
      (row) => row.action === 'membership.display_name_changed',
    )
    expect(entries.map((row) => row.data)).toEqual(
      expect.arrayContaining([
        { userId: db.data.a.staffUserId, to: 'Sophie L.', fields: ['displayName'] },
        { userId: db.data.a.staffUserId, from: 'Sophie L.', fields: ['displayName'] },
      ]),
    )
  })

  it('lets an admin name another member, but not a staff member, in the caller’s language', async () => {
    const admin = await as(db.data.adminUserId, undefined)
    await admin.staff.team.setDisplayName({ userId: db.data.a.staffUserId, displayName: 'Marc' })
    expect(await publicNames()).toEqual(['Marc'])
    const staffFr = await callerFor(db.app, {
      host: hostOf(db.data.a.slug),
      userId: db.data.a.staffUserId,
      acceptLanguage: 'fr',
    })
    const error = await errorOf(staffFr.staff.team.setDisplayName({ userId: db.data.adminUserId, displayName: 'Chef' }))
    expect(error.code).toBe('FORBIDDEN')
    expect(error.message).toMatch(/Seuls un propriétaire ou un administrateur/)
    const team = await admin.staff.team.list()
    expect(team.find((member) => member.userId === db.data.adminUserId)?.displayName).toBeNull()
  })

  // A direct caller sees the message key; the HTTP error formatter turns it into fr/en text.
  it('never publishes an address, an empty or a too long name: a clear error and nothing written', async () => {
    const staff = await as(db.data.a.staffUserId, undefined)
    const email = await errorOf(
      staff.staff.team.setDisplayName({ userId: db.data.a.staffUserId, displayName: 'me@mail.test' }),
    )
    expect(email.code).toBe('BAD_REQUEST')
    expect(email.message).toContain('team.displayNameNoEmail')
    const empty = await errorOf(staff.staff.team.setDisplayName({ userId: db.data.a.staffUserId, displayName: '   ' }))
    expect(empty.message).toContain('team.displayNameRequired')
    const long = await errorOf(
      staff.staff.team.setDisplayName({ userId: db.data.a.staffUserId, displayName: 'x'.repeat(61) }),
    )
    expect(long.message).toContain('team.displayNameTooLong')
    expect(await publicNames()).toEqual(['staff'])
  })

  it('finds no member of another business', async () => {
    const owner = await as(db.data.a.ownerUserId)
    const error = await errorOf(
      owner.staff.team.setDisplayName({ userId: db.data.b.staffUserId, displayName: 'Intrus' }),
    )
    expect(error.code).toBe('NOT_FOUND')
  })
})
