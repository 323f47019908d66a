import { auditLog, memberships, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { hashTransferToken } from '@portail/auth/session-transfer'
import { sessionTransfers } from '@portail/db/schema'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isDomainError } from '../src/errors'
import { createBusiness, type CreateBusinessData } from '../src/onboarding'
import { checkSlug, embeddedOrganizationDirectory, type OrganizationDirectory } from '../src/tenants'

interface Fixture extends TwoTenantFixture {
  founderUserId: string
  devFounderUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const [founder] = await admin.db
      .insert(users)
      .values({ externalId: 'test:founder', email: 'founder@example.test', name: 'Founder' })
      .returning({ id: users.id })
    // Signed in with an emailed code: named after the email's local part until they say otherwise.
    const [devFounder] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:luc.proprio@example.test', email: 'luc.proprio@example.test', name: 'luc.proprio' })
      .returning({ id: users.id })
    if (!founder || !devFounder) throw new Error('founder not created')
    return { ...f, founderUserId: founder.id, devFounderUserId: devFounder.id }
  })
})
afterAll(async () => db.close())

const business = (slug: string): CreateBusinessData => ({
  name: 'Entretien Éclat',
  trade: 'cleaning',
  slug,
  timeZone: 'America/Montreal',
  defaultLocale: 'fr',
})

/** A directory that records what it was asked, and can be told to fail. */
function fakeDirectory(options: { failCreate?: boolean; orgId?: string } = {}) {
  const calls: string[] = []
  const directory: OrganizationDirectory = {
    createOrganization: (input) => {
      calls.push(`create ${input.slug} by ${input.createdByUserId}`)
      if (options.failCreate) return Promise.reject(new Error('Clerk is down'))
      return Promise.resolve({ orgId: options.orgId ?? `org_${input.slug}` })
    },
    deleteOrganization: (orgId) => {
      calls.push(`delete ${orgId}`)
      return Promise.resolve()
    },
    addMember: () => Promise.resolve(),
    updateMemberRole: () => Promise.resolve(),
    removeMember: () => Promise.resolve(),
  }
  return { directory, calls }
}

/** The registry as the platform sees it (the operator role reads it all). */
const tenantsNamed = (slug: string) =>
  db.app.withTenant({ actor: 'operator', tenantId: null, userId: db.data.operatorUserId }, (tx) =>
    tx.select({ id: tenants.id, clerkOrgId: tenants.clerkOrgId }).from(tenants).where(eq(tenants.slug, slug)),
  )

const domainKeyOf = (call: Promise<unknown>) =>
  call.then(
    () => 'succeeded',
    (error: unknown) =>
      isDomainError(error) ? `${error.code} ${error.messageKey} ${error.field ?? ''}`.trim() : error,
  )

describe('createBusiness', () => {
  it('records the founder’s own name and hands their session over to the new portal (embedded sign-in)', async () => {
    const created = await createBusiness(
      { database: db.app, organizations: embeddedOrganizationDirectory },
      { userId: db.data.devFounderUserId },
      { ...business('luc-piscines'), ownerName: 'Luc Proprio' },
    )
    const identity = { actor: 'identity' as const, tenantId: null }
    const [founder] = await db.app.withTenant(identity, (tx) =>
      tx.select({ name: users.name }).from(users).where(eq(users.id, db.data.devFounderUserId)),
    )
    expect(founder?.name).toBe('Luc Proprio')
    const token = created.sessionTransferToken ?? ''
    const transfers = await db.app.withTenant(identity, (tx) =>
      tx
        .select({ userId: sessionTransfers.userId, tenantId: sessionTransfers.targetTenantId })
        .from(sessionTransfers)
        .where(eq(sessionTransfers.tokenHash, hashTransferToken(token))),
    )
    expect(transfers).toEqual([{ userId: db.data.devFounderUserId, tenantId: created.tenantId }])
  })

  it('makes no session transfer under an identity provider (Clerk’s session reaches the subdomain)', async () => {
    const { directory } = fakeDirectory()
    const created = await createBusiness(
      { database: db.app, organizations: directory },
      { userId: db.data.founderUserId },
      { ...business('clerk-shop'), ownerName: 'Not Stored' },
    )
    expect(created.sessionTransferToken).toBeNull()
  })

  it('creates the business with its founder as owner, audited in the tenant', async () => {
    const { directory, calls } = fakeDirectory()
    const created = await createBusiness(
      { database: db.app, organizations: directory },
      { userId: db.data.founderUserId },
      business('entretien-eclat'),
    )
    expect(created.slug).toBe('entretien-eclat')
    expect(calls).toEqual([`create entretien-eclat by ${db.data.founderUserId}`])
    const [row] = await tenantsNamed('entretien-eclat')
    expect(row).toEqual({ id: created.tenantId, clerkOrgId: 'org_entretien-eclat' })

    const seenByOwner = await db.app.withTenant(
      { actor: 'staff', tenantId: created.tenantId, userId: db.data.founderUserId },
      async (tx) => ({
        tenant: await tx
          .select({
            name: tenants.name,
            trade: tenants.trade,
            timeZone: tenants.timeZone,
            locale: tenants.defaultLocale,
          })
          .from(tenants),
        members: await tx.select({ userId: memberships.userId, role: memberships.role }).from(memberships),
        audit: await tx.select({ action: auditLog.action, actor: auditLog.actorUserId }).from(auditLog),
      }),
    )
    expect(seenByOwner).toEqual({
      tenant: [{ name: 'Entretien Éclat', trade: 'cleaning', timeZone: 'America/Montreal', locale: 'fr' }],
      members: [{ userId: db.data.founderUserId, role: 'owner' }],
      audit: [{ action: 'tenant.created', actor: db.data.founderUserId }],
    })
  })

  it('refuses a taken slug (any case) on the slug field before asking the directory, creating nothing', async () => {
    const { directory, calls } = fakeDirectory()
    const outcome = await domainKeyOf(
      createBusiness(
        { database: db.app, organizations: directory },
        { userId: db.data.founderUserId },
        business('ALPHA-POOLS'.toLowerCase()),
      ),
    )
    expect(outcome).toBe('CONFLICT onboarding.slugTaken slug')
    expect(calls).toEqual([])
  })

  it('refuses reserved and invalid slugs on the slug field', async () => {
    const { directory } = fakeDirectory()
    const deps = { database: db.app, organizations: directory }
    expect(await domainKeyOf(createBusiness(deps, { userId: db.data.founderUserId }, business('admin')))).toBe(
      'BAD_REQUEST onboarding.slugReserved slug',
    )
    expect(await domainKeyOf(createBusiness(deps, { userId: db.data.founderUserId }, business('-bad-')))).toBe(
      'BAD_REQUEST onboarding.slugInvalid slug',
    )
  })

  it('leaves no tenant when the directory fails to create the organization', async () => {
    const { directory, calls } = fakeDirectory({ failCreate: true })
    expect(
      await domainKeyOf(
        createBusiness(
          { database: db.app, organizations: directory },
          { userId: db.data.founderUserId },
          business('no-org-shop'),
        ),
      ),
    ).toBe('UNAVAILABLE onboarding.directoryFailed')
    expect(calls).toEqual([`create no-org-shop by ${db.data.founderUserId}`])
    expect(await tenantsNamed('no-org-shop')).toEqual([])
  })

  it('deletes the organization again when the commit fails after the directory succeeded', async () => {
    // The directory hands back an organization id another business already holds: the insert fails.
    const { directory: first } = fakeDirectory({ orgId: 'org_shared' })
    await createBusiness(
      { database: db.app, organizations: first },
      { userId: db.data.founderUserId },
      business('first-org-shop'),
    )
    const { directory, calls } = fakeDirectory({ orgId: 'org_shared' })
    const outcome = await domainKeyOf(
      createBusiness(
        { database: db.app, organizations: directory },
        { userId: db.data.founderUserId },
        business('second-org-shop'),
      ),
    )
    expect(outcome).toBe('CONFLICT onboarding.organizationTaken')
    expect(calls).toEqual([`create second-org-shop by ${db.data.founderUserId}`, 'delete org_shared'])
    expect(await tenantsNamed('second-org-shop')).toEqual([])
  })

  it('stores no organization id in the embedded default', async () => {
    const { embeddedOrganizationDirectory } = await import('../src/tenants')
    const created = await createBusiness(
      { database: db.app, organizations: embeddedOrganizationDirectory },
      { userId: db.data.founderUserId },
      business('embedded-shop'),
    )
    expect(await tenantsNamed('embedded-shop')).toEqual([{ id: created.tenantId, clerkOrgId: null }])
  })
})

describe('checkSlug', () => {
  const check = (slug: string) => db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) => checkSlug(tx, slug))

  it('says available, taken, reserved or invalid', async () => {
    expect(await check('  Fresh-Name ')).toEqual({ slug: 'fresh-name', availability: 'available' })
    expect(await check('Bravo-Clinic')).toEqual({ slug: 'bravo-clinic', availability: 'taken' })
    expect(await check('support')).toEqual({ slug: 'support', availability: 'reserved' })
    expect(await check('a_b')).toEqual({ slug: 'a_b', availability: 'invalid' })
  })
})
