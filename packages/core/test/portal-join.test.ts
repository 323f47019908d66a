import { readLocalMailbox } from '@portail/email'
import { auditLog, clients, consentRecords, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveActor } from '../src/actors'
import { isDomainError } from '../src/errors'
import { inviteClient, type Joiner, joinPortal, joinPortalAndName, membershipState } from '../src/portal'

interface Fixture extends TwoTenantFixture {
  newcomerUserId: string
  /** Staff recorded `walk-in@alpha-pools.test` (unlinked); this user signs in with that address. */
  walkInUserId: string
  squatterUserId: string
  /** Signed in with an emailed code: named `nouveau.client` after the email's local part. */
  devNewcomerUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const person = async (email: string, name: string) => {
      const [row] = await admin.db
        .insert(users)
        .values({ externalId: `test:${email}`, email, name })
        .returning({ id: users.id })
      if (!row) throw new Error('user not created')
      return row.id
    }
    // A newer notice than the default: joining must record this one.
    await admin.db.update(tenants).set({ privacyNoticeVersion: '2027-01-15' }).where(eq(tenants.id, f.a.id))
    return {
      ...f,
      newcomerUserId: await person('newcomer@example.test', 'Nadia Newcomer'),
      walkInUserId: await person(`walk-in@${f.a.slug}.test`, 'Walter Walk-in'),
      squatterUserId: await person('squatter@example.test', 'Sam Squatter'),
      devNewcomerUserId: await (async () => {
        const [row] = await admin.db
          .insert(users)
          .values({
            externalId: 'dev:nouveau.client@example.test',
            email: 'nouveau.client@example.test',
            name: 'nouveau.client',
          })
          .returning({ id: users.id })
        if (!row) throw new Error('user not created')
        return row.id
      })(),
    }
  })
})
afterAll(async () => db.close())

const version = '2027-01-15'
const joiner = (userId: string, email: string, overrides: Partial<Joiner> = {}): Joiner => ({
  userId,
  email,
  name: 'Someone',
  locale: 'en',
  emailVerified: true,
  isStaff: false,
  ...overrides,
})
const join = (who: Joiner, noticeVersion = version) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id, userId: who.userId }, (tx) =>
    joinPortal(
      tx,
      db.data.a.id,
      who,
      { privacyNoticeVersion: noticeVersion },
      { userAgent: 'Vitest', ipAddress: null },
    ),
  )
const domainKeyOf = (call: Promise<unknown>) =>
  call.then(
    () => 'succeeded',
    (error: unknown) => {
      if (isDomainError(error)) return `${error.code} ${error.messageKey}`
      throw error
    },
  )
const clientsOfA = () =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx.select({ id: clients.id, userId: clients.userId, email: clients.email }).from(clients),
  )
const stateOf = async (userId: string | null) => {
  const identity = userId ? { userId, email: 'x@example.test', name: 'x', locale: null, platformRole: null } : null
  const actor = await resolveActor(db.app, { tenantId: db.data.a.id, identity })
  return db.app.withTenant({ actor: 'public', tenantId: db.data.a.id, userId }, (tx) =>
    membershipState(tx, db.data.a.id, actor),
  )
}

describe('joining a portal', () => {
  it('tells the UI who is looking: visitor, needsConsent, client or staff (closed: below), with the notice version', async () => {
    expect(await stateOf(null)).toEqual({ state: 'visitor', privacyNoticeVersion: version, privacyOfficer: null })
    expect((await stateOf(db.data.newcomerUserId)).state).toBe('needsConsent')
    expect((await stateOf(db.data.a.clientUserId)).state).toBe('client')
    expect((await stateOf(db.data.a.staffUserId)).state).toBe('staff')
  })

  it('shows the privacy officer the business named with the notice, to visitors too', async () => {
    const officer = { name: 'Paule Privée', email: 'vie-privee@alpha.test' }
    await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
      tx
        .update(tenants)
        .set({ privacyOfficerName: officer.name, privacyOfficerEmail: officer.email })
        .where(eq(tenants.id, db.data.a.id)),
    )
    expect((await stateOf(null)).privacyOfficer).toEqual(officer)
    expect((await stateOf(db.data.newcomerUserId)).privacyOfficer).toEqual(officer)
    await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
      tx
        .update(tenants)
        .set({ privacyOfficerName: null, privacyOfficerEmail: null })
        .where(eq(tenants.id, db.data.a.id)),
    )
    expect((await stateOf(null)).privacyOfficer).toBeNull()
  })

  it('creates the client and records consent to the current notice, with time and user agent, audited', async () => {
    const before = Date.now()
    const joined = await join(joiner(db.data.newcomerUserId, 'newcomer@example.test', { name: 'Nadia Newcomer' }))
    expect(joined).toMatchObject({ linkedExistingRecord: false, privacyNoticeVersion: version })
    const consent = await db.app.withTenant(
      { actor: 'client', tenantId: db.data.a.id, userId: db.data.newcomerUserId, clientId: joined.clientId },
      async (tx) => ({
        me: await tx.select({ fullName: clients.fullName, locale: clients.locale }).from(clients),
        consents: await tx
          .select({
            kind: consentRecords.kind,
            version: consentRecords.version,
            at: consentRecords.acceptedAt,
            ua: consentRecords.userAgent,
          })
          .from(consentRecords),
        audit: await tx.select({ action: auditLog.action }).from(auditLog),
      }),
    )
    expect(consent.me).toEqual([{ fullName: 'Nadia Newcomer', locale: 'en' }])
    expect(consent.consents).toMatchObject([{ kind: 'privacy_notice', version, ua: 'Vitest' }])
    expect(consent.consents[0]?.at.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(consent.audit).toEqual([{ action: 'client.joined' }])
    expect((await stateOf(db.data.newcomerUserId)).state).toBe('client')
    expect(await domainKeyOf(join(joiner(db.data.newcomerUserId, 'newcomer@example.test')))).toBe(
      'CONFLICT portal.alreadyJoined',
    )
  })

  it('names the new client, and the person, with the name they gave instead of their email’s local part', async () => {
    const who = joiner(db.data.devNewcomerUserId, 'nouveau.client@example.test', { name: 'nouveau.client' })
    const joined = await joinPortalAndName(db.app, db.data.a.id, who, {
      privacyNoticeVersion: version,
      fullName: 'Nina Nouvelle',
    })
    const client = { actor: 'client' as const, tenantId: db.data.a.id, userId: who.userId, clientId: joined.clientId }
    const seen = await db.app.withTenant(client, async (tx) => ({
      record: await tx.select({ fullName: clients.fullName }).from(clients),
      user: await tx.select({ name: users.name }).from(users),
    }))
    expect(seen).toEqual({ record: [{ fullName: 'Nina Nouvelle' }], user: [{ name: 'Nina Nouvelle' }] })
  })

  it('asks again when the notice changed since the person read it, and joins nothing', async () => {
    const who = joiner(db.data.squatterUserId, 'squatter@example.test')
    expect(await domainKeyOf(join(who, '2026-11-01'))).toBe('CONFLICT portal.privacyNoticeChanged')
    expect((await clientsOfA()).filter((row) => row.userId === db.data.squatterUserId)).toEqual([])
  })

  it('links the record staff created for a proven email instead of creating a second one', async () => {
    const email = `walk-in@${db.data.a.slug}.test`
    const countBefore = (await clientsOfA()).length
    // An unproven email claims nothing.
    expect(await domainKeyOf(join(joiner(db.data.walkInUserId, email, { emailVerified: false })))).toBe(
      'FORBIDDEN portal.emailUnverified',
    )
    expect((await clientsOfA()).find((row) => row.id === db.data.a.unlinkedClientId)?.userId).toBeNull()

    const joined = await join(joiner(db.data.walkInUserId, email))
    expect(joined).toMatchObject({ clientId: db.data.a.unlinkedClientId, linkedExistingRecord: true })
    expect((await clientsOfA()).length).toBe(countBefore)
    expect((await clientsOfA()).find((row) => row.id === db.data.a.unlinkedClientId)?.userId).toBe(db.data.walkInUserId)
  })

  it('never takes over a record already linked to another user', async () => {
    // The squatter's identity claims client X's address (say the provider proved it after X changed theirs).
    const taken = join(joiner(db.data.squatterUserId, `client@${db.data.a.slug}.test`))
    expect(await domainKeyOf(taken)).toBe('CONFLICT portal.emailLinkedElsewhere')
    const x = (await clientsOfA()).find((row) => row.id === db.data.a.clientId)
    expect(x?.userId).toBe(db.data.a.clientUserId)
  })

  it('tells a person whose record the business archived that access is closed, and join agrees', async () => {
    const userId = db.data.a.otherClientUserId
    expect((await stateOf(userId)).state).toBe('client')
    await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
      tx.update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, db.data.a.otherClientId)),
    )
    // No join offer: the portal shows "closed, contact the business", and joining says the same.
    expect((await stateOf(userId)).state).toBe('closed')
    expect(await domainKeyOf(join(joiner(userId, `other-client@${db.data.a.slug}.test`)))).toBe(
      'CONFLICT portal.recordArchived',
    )
    const rows = (await clientsOfA()).filter((row) => row.userId === userId)
    expect(rows.map((row) => row.id)).toEqual([db.data.a.otherClientId])
  })

  it('sends team members to the admin area instead', async () => {
    const staff = joiner(db.data.a.staffUserId, `staff@${db.data.a.slug}.test`, { isStaff: true })
    expect(await domainKeyOf(join(staff))).toBe('CONFLICT portal.staffMember')
  })
})

describe('staff inviting a recorded client to the portal', () => {
  it('mails the client in its language and refuses linked, email-less and unknown clients', async () => {
    const owner = { tenantId: db.data.b.id, userId: db.data.b.ownerUserId, role: 'owner' as const }
    const links = { portalOrigin: `https://${db.data.b.slug}.portail.test` }
    const asOwner = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
      db.app.withTenant({ actor: 'staff', tenantId: owner.tenantId, userId: owner.userId }, fn)
    expect(await asOwner((tx) => inviteClient(tx, owner, { id: db.data.b.unlinkedClientId }, links))).toEqual({
      id: db.data.b.unlinkedClientId,
      sentTo: `walk-in@${db.data.b.slug}.test`,
    })
    const [mail] = await readLocalMailbox(db.app, `walk-in@${db.data.b.slug}.test`, {
      kind: 'client-portal-invitation',
    })
    expect(mail?.text).toContain('Bonjour Walk-in Bravo,')
    expect(mail?.text).toContain(`https://${db.data.b.slug}.portail.test/`)

    expect(await domainKeyOf(asOwner((tx) => inviteClient(tx, owner, { id: db.data.b.clientId }, links)))).toBe(
      'CONFLICT client.alreadyLinked',
    )
    const [noEmail] = await asOwner((tx) =>
      tx.insert(clients).values({ tenantId: owner.tenantId, fullName: 'No Email' }).returning({ id: clients.id }),
    )
    expect(await domainKeyOf(asOwner((tx) => inviteClient(tx, owner, { id: noEmail?.id ?? '' }, links)))).toBe(
      'BAD_REQUEST client.noEmail',
    )
    expect(await domainKeyOf(asOwner((tx) => inviteClient(tx, owner, { id: db.data.a.unlinkedClientId }, links)))).toBe(
      'NOT_FOUND client.notFound',
    )
  })
})

describe('consent records', () => {
  it('cannot be changed or deleted by anyone, staff included', async () => {
    const changed = await db.app
      .withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
        tx
          .update(consentRecords)
          .set({ version: 'forged' })
          .where(and(eq(consentRecords.tenantId, db.data.a.id))),
      )
      .then(
        () => 'changed',
        () => 'refused',
      )
    expect(changed).toBe('refused')
  })
})
