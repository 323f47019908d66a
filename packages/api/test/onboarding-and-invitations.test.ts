import { mailOutbox, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, desc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../src/context'
import { createCaller } from '../src/root'
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import type { OrganizationDirectory } from '@portail/core/tenants'
import { callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'

interface Fixture extends TwoTenantFixture {
  founderUserId: string
  recruitUserId: string
  /** Signs in with the address of the client B's staff recorded (`walk-in@bravo-clinic.test`). */
  walkInUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const person = async (email: string) => {
      const [row] = await admin.db
        .insert(users)
        .values({ externalId: `test:${email}`, email, name: email.split('@')[0] ?? email })
        .returning({ id: users.id })
      if (!row) throw new Error('user not created')
      return row.id
    }
    return {
      ...f,
      founderUserId: await person('founder@example.test'),
      recruitUserId: await person('recruit@example.test'),
      walkInUserId: await person(`walk-in@${f.b.slug}.test`),
    }
  })
})
afterAll(async () => db.close())

/** The newest message of `kind` to `to` in the local mailbox (what the developer's inbox shows). */
const mailboxOf = (to: string, kind: string) =>
  db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx
      .select({ text: mailOutbox.textBody, tenantId: mailOutbox.tenantId })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.kind, kind)))
      .orderBy(desc(mailOutbox.createdAt)),
  )

const founder = (host = rootDomain, acceptLanguage?: string) =>
  callerFor(db.app, { host, userId: db.data.founderUserId, email: 'founder@example.test', acceptLanguage })
const newBusiness = {
  name: 'Paysagiste Boréal',
  trade: 'landscaping' as const,
  slug: 'paysagiste-boreal',
  timeZone: 'America/Toronto',
  defaultLocale: 'en' as const,
}

describe('start your business', () => {
  it('checks slugs for anyone on the platform site, and only there', async () => {
    const anonymous = await callerFor(db.app, { host: rootDomain })
    expect(await anonymous.onboarding.checkSlug({ slug: 'Alpha-Pools' })).toEqual({
      slug: 'alpha-pools',
      availability: 'taken',
    })
    expect(await anonymous.onboarding.checkSlug({ slug: 'www' })).toEqual({ slug: 'www', availability: 'reserved' })
    const onPortal = await callerFor(db.app, { host: hostOf(db.data.a.slug) })
    expect((await errorOf(onPortal.onboarding.checkSlug({ slug: 'x-y-z' }))).code).toBe('FORBIDDEN')
  })

  it('requires a signed-in person, and creates the business with them as owner and its portal link', async () => {
    const anonymous = await callerFor(db.app, { host: rootDomain })
    expect((await errorOf(anonymous.onboarding.createBusiness(newBusiness))).code).toBe('UNAUTHORIZED')

    const created = await (await founder()).onboarding.createBusiness(newBusiness)
    expect(created).toMatchObject({ slug: 'paysagiste-boreal', portalUrl: 'https://paysagiste-boreal.portail.test/' })
    // The embedded sign-in's cookie stays on the platform's host: a one-time link hands it over.
    expect(created.handoverUrl).toMatch(
      /^https:\/\/paysagiste-boreal\.portail\.test\/api\/auth\/dev\/session-transfer\?token=[A-Za-z0-9_-]{43}&locale=(fr|en)$/,
    )
    const onNewPortal = await founder(hostOf('paysagiste-boreal'))
    expect(await onNewPortal.portal.membershipState()).toEqual({
      state: 'staff',
      privacyNoticeVersion: '2026-11-01',
      privacyOfficer: null,
    })
    expect(await onNewPortal.tenant.current()).toMatchObject({ name: 'Paysagiste Boréal', defaultLocale: 'en' })
  })

  it('refuses a taken slug with a message in the reader’s language on the slug field', async () => {
    const fr = await errorOf(
      (await founder(rootDomain, 'fr')).onboarding.createBusiness({ ...newBusiness, name: 'Autre' }),
    )
    expect(fr.code).toBe('CONFLICT')
    expect(fr.message).toBe(
      'Une autre entreprise utilise déjà cette adresse ; choisissez-en une autre. Rien n’a été créé.',
    )
    expect(fr.cause).toMatchObject({ field: 'slug' })
    const en = await errorOf(
      (await founder(rootDomain, 'en')).onboarding.createBusiness({ ...newBusiness, name: 'Other' }),
    )
    expect(en.message).toBe('Another business already uses this address; choose another one. Nothing was created.')
  })

  it('rolls back when the identity provider fails, and compensates when the commit fails', async () => {
    const deleted: string[] = []
    const directory = (orgId: string | null): OrganizationDirectory => ({
      createOrganization: () => (orgId ? Promise.resolve({ orgId }) : Promise.reject(new Error('provider down'))),
      deleteOrganization: (id) => {
        deleted.push(id)
        return Promise.resolve()
      },
      addMember: () => Promise.resolve(),
      updateMemberRole: () => Promise.resolve(),
      removeMember: () => Promise.resolve(),
    })
    const callWith = async (organizations: OrganizationDirectory, slug: string) => {
      const ctx = await createContext({
        database: db.app,
        identity: createHeaderTestIdentity(),
        rootDomain,
        organizations,
        headers: requestHeaders({ host: rootDomain, userId: db.data.founderUserId, acceptLanguage: 'en' }),
      })
      return createCaller(ctx).onboarding.createBusiness({ ...newBusiness, slug })
    }
    const down = await errorOf(callWith(directory(null), 'provider-down-shop'))
    expect(down.code).toBe('SERVICE_UNAVAILABLE')
    expect(down.message).toBe(
      'The sign-in service could not create your organization; nothing was created. Try again in a moment.',
    )
    expect(
      (await (await callerFor(db.app, { host: rootDomain })).onboarding.checkSlug({ slug: 'provider-down-shop' }))
        .availability,
    ).toBe('available')
    await callWith(directory('org_one'), 'org-one-shop')
    const clash = await errorOf(callWith(directory('org_one'), 'org-two-shop'))
    expect(clash.code).toBe('CONFLICT')
    expect(deleted).toEqual(['org_one'])
  })
})

describe('a team invitation, end to end', () => {
  it('is sent by the owner, previewed without the address, refused to the wrong person, accepted by the invitee', async () => {
    const owner = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId })
    const invitation = await owner.staff.invitations.create({ email: 'Recruit@Example.test', role: 'admin' })
    expect(invitation).toMatchObject({ email: 'recruit@example.test', role: 'admin', status: 'pending' })
    expect((await owner.staff.invitations.list()).map((row) => row.email)).toContain('recruit@example.test')

    const [mail] = await mailboxOf('recruit@example.test', 'staff-invitation')
    const link = /(https?:\/\/\S+\/invitations\/([A-Za-z0-9_-]{43}))/.exec(mail?.text ?? '')
    expect(link?.[1]).toMatch(/^https:\/\/alpha-pools\.portail\.test\/invitations\//)
    const token = link?.[2] ?? ''

    const stranger = await callerFor(db.app, { host: hostOf(db.data.a.slug) })
    const preview = await stranger.invitations.preview({ token })
    expect(preview).toMatchObject({ businessName: 'Alpha', role: 'admin', status: 'pending', forSignedInUser: null })
    expect(JSON.stringify(preview)).not.toContain('recruit@')

    const wrong = await callerFor(db.app, {
      host: hostOf(db.data.a.slug),
      userId: db.data.founderUserId,
      email: 'founder@example.test',
      acceptLanguage: 'en',
    })
    const refused = await errorOf(wrong.invitations.accept({ token }))
    expect(refused.code).toBe('FORBIDDEN')
    expect(refused.message).toBe(
      'This invitation was sent to another email address. Sign in with the address that received it.',
    )

    const recruit = await callerFor(db.app, {
      host: hostOf(db.data.a.slug),
      userId: db.data.recruitUserId,
      email: 'recruit@example.test',
    })
    expect(await recruit.invitations.accept({ token })).toEqual({ role: 'admin', organizationSync: 'none' })
    const again = await callerFor(db.app, {
      host: hostOf(db.data.a.slug),
      userId: db.data.recruitUserId,
      email: 'recruit@example.test',
    })
    expect(await again.portal.membershipState()).toMatchObject({ state: 'staff' })
    expect((await again.staff.team.list()).map((member) => member.userId)).toContain(db.data.recruitUserId)
    expect((await errorOf(again.invitations.accept({ token }))).code).toBe('CONFLICT')
  })

  it('refuses staff (no team.invite) and an admin inviting an admin', async () => {
    const staff = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.staffUserId })
    expect((await errorOf(staff.staff.invitations.create({ email: 'a@b.test', role: 'staff' }))).code).toBe('FORBIDDEN')
    const admin = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.recruitUserId })
    const error = await errorOf(admin.staff.invitations.create({ email: 'a@b.test', role: 'admin' }))
    expect(error.cause).toMatchObject({ messageKey: 'invitation.adminNeedsOwner' })
  })
})

describe('first visit as a client', () => {
  it('joins with the privacy notice, and links the staff-created record after an invite', async () => {
    const owner = await callerFor(db.app, { host: hostOf(db.data.b.slug), userId: db.data.b.ownerUserId })
    expect(await owner.staff.clients.invite({ id: db.data.b.unlinkedClientId })).toMatchObject({
      sentTo: `walk-in@${db.data.b.slug}.test`,
    })
    const userId = db.data.walkInUserId
    const as = (emailUnverified = false) =>
      callerFor(db.app, {
        host: hostOf(db.data.b.slug),
        userId,
        email: `walk-in@${db.data.b.slug}.test`,
        emailUnverified,
      })
    expect(await (await as()).portal.membershipState()).toEqual({
      state: 'needsConsent',
      privacyNoticeVersion: '2026-11-01',
      privacyOfficer: null,
    })
    const noConsent = await errorOf(
      (await as()).portal.join({ acceptPrivacyNotice: false, privacyNoticeVersion: '2026-11-01' }),
    )
    expect(noConsent.code).toBe('BAD_REQUEST')
    expect(
      (await errorOf((await as(true)).portal.join({ acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' })))
        .code,
    ).toBe('FORBIDDEN')
    const joined = await (await as()).portal.join({ acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' })
    expect(joined).toMatchObject({ clientId: db.data.b.unlinkedClientId, linkedExistingRecord: true })
    expect(await (await as()).client.me()).toMatchObject({ id: db.data.b.unlinkedClientId })
  })
})
