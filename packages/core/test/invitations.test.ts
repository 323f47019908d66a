import { readLocalMailbox } from '@portail/email'
import { auditLog, memberships, staffInvitations, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { isDomainError } from '../src/errors'
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from '../src/invitations'

interface Fixture extends TwoTenantFixture {
  adminUserId: string
  inviteeUserId: string
  /** Signed in with an emailed code, with no name of their own yet (their email's local part). */
  newcomerUserId: string
  /** Signed in with an emailed code, named already. */
  namedUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const person = async (label: string) => {
      const [row] = await admin.db
        .insert(users)
        .values({ externalId: `test:${label}`, email: `${label}@example.test`, name: `${label} Person` })
        .returning({ id: users.id })
      if (!row) throw new Error('user not created')
      return row.id
    }
    const adminUserId = await person('team-admin')
    await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: adminUserId, role: 'admin' })
    const [newcomer] = await admin.db
      .insert(users)
      .values({
        externalId: 'dev:nouvel.employe@example.test',
        email: 'nouvel.employe@example.test',
        name: 'nouvel.employe',
      })
      .returning({ id: users.id })
    const [named] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:nadia@example.test', email: 'nadia@example.test', name: 'Nadia Nommée' })
      .returning({ id: users.id })
    if (!newcomer || !named) throw new Error('user not created')
    return {
      ...f,
      adminUserId,
      inviteeUserId: await person('invitee'),
      newcomerUserId: newcomer.id,
      namedUserId: named.id,
    }
  })
})
afterAll(async () => db.close())

const links = () => ({ portalOrigin: `https://${db.data.a.slug}.portail.test` })
const owner = (): StaffActor => ({ tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' })
const adminActor = (): StaffActor => ({ tenantId: db.data.a.id, userId: db.data.adminUserId, role: 'admin' })
const asStaff = <T>(staff: StaffActor, fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: staff.tenantId, userId: staff.userId }, fn)
const asSystem = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, fn)

const domainKeyOf = (call: Promise<unknown>) =>
  call.then(
    () => 'succeeded',
    (error: unknown) => {
      if (isDomainError(error)) return `${error.code} ${error.messageKey}`
      throw error
    },
  )

/** The link token from the newest invitation email to `email`. */
async function tokenMailedTo(email: string) {
  const [mail] = await readLocalMailbox(db.app, email, { kind: 'staff-invitation' })
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1]
  if (!token) throw new Error(`no invitation link mailed to ${email}`)
  return { token, mail }
}

const invitee = (email = 'invitee@example.test', emailVerified = true) => ({
  userId: db.data.inviteeUserId,
  email,
  emailVerified,
  name: 'invitee Person',
})
const accept = (token: string, options: { email?: string; verified?: boolean; now?: Date } = {}) =>
  acceptInvitation(db.app, db.data.a.id, invitee(options.email, options.verified), { token }, { now: options.now })

describe('team invitations', () => {
  it('emails a link in the business language with inviter, role and expiry, and audits without the address', async () => {
    const created = await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'new.admin@example.test', role: 'admin' }, links()),
    )
    expect(created).toMatchObject({ email: 'new.admin@example.test', role: 'admin', status: 'pending' })
    const { mail } = await tokenMailedTo('new.admin@example.test')
    expect(mail).toMatchObject({ locale: 'fr', tenantId: db.data.a.id })
    expect(mail?.subject).toBe('owner Alpha vous invite à rejoindre Alpha sur Portail')
    expect(mail?.text).toContain('en tant que administrateur')
    expect(mail?.text).toContain(`https://${db.data.a.slug}.portail.test/invitations/`)
    const [stored] = await asStaff(owner(), (tx) =>
      tx
        .select({ tokenHash: staffInvitations.tokenHash })
        .from(staffInvitations)
        .where(eq(staffInvitations.id, created.id)),
    )
    expect(mail?.text).not.toContain(stored?.tokenHash)
    const audit = await asStaff(owner(), (tx) =>
      tx
        .select({ action: auditLog.action, data: auditLog.data })
        .from(auditLog)
        .where(eq(auditLog.entityId, created.id)),
    )
    expect(audit).toEqual([{ action: 'staff_invitation.created', data: { role: 'admin' } }])
  })

  it('lets only an owner invite an admin; an admin invites staff', async () => {
    expect(
      await domainKeyOf(
        asStaff(adminActor(), (tx) =>
          createInvitation(tx, adminActor(), { email: 'x@example.test', role: 'admin' }, links()),
        ),
      ),
    ).toBe('FORBIDDEN invitation.adminNeedsOwner')
    expect(
      await domainKeyOf(
        asStaff(adminActor(), (tx) =>
          createInvitation(tx, adminActor(), { email: 'x@example.test', role: 'staff' }, links()),
        ),
      ),
    ).toBe('succeeded')
  })

  it('refuses a second pending invitation to the same address and an invitation to a member', async () => {
    const again = asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'X@example.test', role: 'staff' }, links()),
    )
    expect(await domainKeyOf(again)).toBe('CONFLICT invitation.alreadyPending')
    const member = asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: `staff@${db.data.a.slug}.test`, role: 'staff' }, links()),
    )
    expect(await domainKeyOf(member)).toBe('CONFLICT invitation.alreadyMember')
  })

  it('accepts once: membership with the invited role, audited; then says it was used', async () => {
    await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'invitee@example.test', role: 'staff' }, links()),
    )
    const { token } = await tokenMailedTo('invitee@example.test')
    const preview = await asSystem((tx) =>
      previewInvitation(tx, db.data.a.id, { token, signedInEmail: 'someone@else.test' }),
    )
    expect(preview).toMatchObject({ role: 'staff', status: 'pending', forSignedInUser: false })
    expect(JSON.stringify(preview)).not.toContain('invitee@example.test')

    expect(await domainKeyOf(accept(token, { email: 'someone@else.test' }))).toBe('FORBIDDEN invitation.wrongEmail')
    expect(await domainKeyOf(accept(token, { verified: false }))).toBe('FORBIDDEN portal.emailUnverified')
    expect(await accept(token, { email: 'INVITEE@example.test' })).toEqual({ role: 'staff', organizationSync: 'none' })
    const member = await asStaff(owner(), (tx) =>
      tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.tenantId, db.data.a.id), eq(memberships.userId, db.data.inviteeUserId))),
    )
    expect(member).toEqual([{ role: 'staff' }])
    const audit = await asStaff(owner(), (tx) =>
      tx.select({ actor: auditLog.actorUserId }).from(auditLog).where(eq(auditLog.action, 'staff_invitation.accepted')),
    )
    expect(audit).toEqual([{ actor: db.data.inviteeUserId }])
    expect(await domainKeyOf(accept(token))).toBe('CONFLICT invitation.used')
  })

  it('names a newcomer with the name they give on accepting, and leaves a name of their own alone', async () => {
    const nameOf = (userId: string) =>
      asStaff(owner(), (tx) => tx.select({ name: users.name }).from(users).where(eq(users.id, userId)))
    await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'nouvel.employe@example.test', role: 'staff' }, links()),
    )
    const newcomer = await tokenMailedTo('nouvel.employe@example.test')
    const as = { userId: db.data.newcomerUserId, email: 'nouvel.employe@example.test', emailVerified: true }
    await acceptInvitation(
      db.app,
      db.data.a.id,
      { ...as, name: 'nouvel.employe' },
      { token: newcomer.token, fullName: 'Noé Nouvel' },
    )
    expect(await nameOf(db.data.newcomerUserId)).toEqual([{ name: 'Noé Nouvel' }])

    await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'nadia@example.test', role: 'staff' }, links()),
    )
    const named = await tokenMailedTo('nadia@example.test')
    await acceptInvitation(
      db.app,
      db.data.a.id,
      { userId: db.data.namedUserId, email: 'nadia@example.test', emailVerified: true, name: 'Nadia Nommée' },
      { token: named.token, fullName: 'Quelqu’un d’autre' },
    )
    expect(await nameOf(db.data.namedUserId)).toEqual([{ name: 'Nadia Nommée' }])
  })

  it('refuses an expired link and a revoked one, and a resend replaces the link', async () => {
    const created = await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'late@example.test', role: 'staff' }, links()),
    )
    const { token: first } = await tokenMailedTo('late@example.test')
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000)
    expect(await domainKeyOf(accept(first, { email: 'late@example.test', now: eightDaysLater }))).toBe(
      'CONFLICT invitation.expired',
    )
    await asStaff(owner(), (tx) => resendInvitation(tx, owner(), { id: created.id }, links()))
    const { token: second } = await tokenMailedTo('late@example.test')
    expect(second).not.toBe(first)
    expect(await domainKeyOf(accept(first, { email: 'late@example.test' }))).toBe('NOT_FOUND invitation.notFound')

    await asStaff(adminActor(), (tx) => revokeInvitation(tx, adminActor(), { id: created.id }))
    expect(await domainKeyOf(accept(second, { email: 'late@example.test' }))).toBe('CONFLICT invitation.revoked')
    expect(await domainKeyOf(asStaff(owner(), (tx) => revokeInvitation(tx, owner(), { id: created.id })))).toBe(
      'CONFLICT invitation.notPending',
    )
  })

  it('supersedes an expired invitation when inviting the same address again', async () => {
    await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'again@example.test', role: 'staff' }, links()),
    )
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000)
    await asStaff(owner(), (tx) =>
      createInvitation(tx, owner(), { email: 'again@example.test', role: 'staff' }, links(), later),
    )
    const rows = (await asStaff(owner(), (tx) => listInvitations(tx, owner(), later))).filter(
      (row) => row.email === 'again@example.test',
    )
    expect(rows.map((row) => row.status).sort()).toEqual(['pending', 'revoked'])
  })

  it('lets an admin resend only staff invitations', async () => {
    const [adminInvite] = (await asStaff(owner(), (tx) => listInvitations(tx, owner()))).filter(
      (row) => row.email === 'new.admin@example.test',
    )
    if (!adminInvite) throw new Error('admin invitation missing')
    expect(
      await domainKeyOf(
        asStaff(adminActor(), (tx) => resendInvitation(tx, adminActor(), { id: adminInvite.id }, links())),
      ),
    ).toBe('FORBIDDEN invitation.adminNeedsOwner')
  })

  it('never reaches another tenant’s invitation by id or token', async () => {
    const [mine] = await asStaff(owner(), (tx) => listInvitations(tx, owner()))
    if (!mine) throw new Error('no invitation')
    const bOwner: StaffActor = { tenantId: db.data.b.id, userId: db.data.b.ownerUserId, role: 'owner' }
    expect(await domainKeyOf(asStaff(bOwner, (tx) => revokeInvitation(tx, bOwner, { id: mine.id })))).toBe(
      'NOT_FOUND invitation.notFound',
    )
    const { token } = await tokenMailedTo('x@example.test')
    const inB = db.app.withTenant({ actor: 'system', tenantId: db.data.b.id }, (tx) =>
      previewInvitation(tx, db.data.b.id, { token, signedInEmail: null }),
    )
    expect(await domainKeyOf(inB)).toBe('NOT_FOUND invitation.notFound')
  })
})
