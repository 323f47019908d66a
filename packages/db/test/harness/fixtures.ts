import type { AdminConnection } from '../../src/admin/admin-connection'
import { clients, memberships, services, staffServices, tenants, users, workingHours } from '../../src/schema'

export interface TenantFixture {
  id: string
  slug: string
  ownerUserId: string
  staffUserId: string
  /** Client linked to a user account. */
  clientId: string
  clientUserId: string
  /** Second client of the same tenant, also with an account. */
  otherClientId: string
  otherClientUserId: string
  /** Client created by staff, not yet linked to an account. */
  unlinkedClientId: string
  ownerMembershipId: string
  staffMembershipId: string
  /** An active service (60 min, 10 min buffers) the staff member (not the owner) performs, every day 08:00-20:00. */
  serviceId: string
}

export interface TwoTenantFixture {
  a: TenantFixture
  b: TenantFixture
  suspended: { id: string; slug: string }
  operatorUserId: string
}

async function tenantFixture(admin: AdminConnection, slug: string, name: string): Promise<TenantFixture> {
  const db = admin.db
  const [tenant] = await db.insert(tenants).values({ slug, name, trade: 'pool_care' }).returning({ id: tenants.id })
  if (!tenant) throw new Error('tenant fixture not created')
  const person = async (label: string) => {
    const [row] = await db
      .insert(users)
      .values({ externalId: `test:${slug}-${label}`, email: `${label}@${slug}.test`, name: `${label} ${name}` })
      .returning({ id: users.id })
    if (!row) throw new Error('user fixture not created')
    return row.id
  }
  const ownerUserId = await person('owner')
  const staffUserId = await person('staff')
  const clientUserId = await person('client')
  const otherClientUserId = await person('other-client')
  const [ownerMembership, staffMembership] = await db
    .insert(memberships)
    .values([
      { tenantId: tenant.id, userId: ownerUserId, role: 'owner' },
      { tenantId: tenant.id, userId: staffUserId, role: 'staff' },
    ])
    .returning({ id: memberships.id })
  const [service] = await db
    .insert(services)
    .values({
      tenantId: tenant.id,
      nameFr: `Entretien ${name}`,
      nameEn: `Maintenance ${name}`,
      durationMinutes: 60,
      priceCents: 12000,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
    })
    .returning({ id: services.id })
  if (!ownerMembership || !staffMembership || !service) throw new Error('membership or service fixture not created')
  await db
    .insert(staffServices)
    .values({ tenantId: tenant.id, membershipId: staffMembership.id, serviceId: service.id })
  await db
    .insert(workingHours)
    .values(
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        tenantId: tenant.id,
        membershipId: staffMembership.id,
        weekday,
        startTime: '08:00',
        endTime: '20:00',
      })),
    )
  const client = async (fullName: string, email: string, userId: string | null) => {
    const [row] = await db
      .insert(clients)
      .values({ tenantId: tenant.id, fullName, email, userId, phone: '+15145550100' })
      .returning({ id: clients.id })
    if (!row) throw new Error('client fixture not created')
    return row.id
  }
  return {
    id: tenant.id,
    slug,
    ownerUserId,
    staffUserId,
    clientUserId,
    clientId: await client(`Client ${name}`, `client@${slug}.test`, clientUserId),
    otherClientUserId,
    otherClientId: await client(`Other ${name}`, `other-client@${slug}.test`, otherClientUserId),
    unlinkedClientId: await client(`Walk-in ${name}`, `walk-in@${slug}.test`, null),
    ownerMembershipId: ownerMembership.id,
    staffMembershipId: staffMembership.id,
    serviceId: service.id,
  }
}

/** Two active tenants with owner, staff and clients each, a suspended tenant and an operator. */
export async function twoTenantFixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const a = await tenantFixture(admin, 'alpha-pools', 'Alpha')
  const b = await tenantFixture(admin, 'bravo-clinic', 'Bravo')
  const [suspended] = await admin.db
    .insert(tenants)
    .values({
      slug: 'closed-shop',
      name: 'Closed Shop',
      trade: 'accounting',
      status: 'suspended',
      suspendedReason: 'unpaid',
    })
    .returning({ id: tenants.id, slug: tenants.slug })
  const [operator] = await admin.db
    .insert(users)
    .values({ externalId: 'test:operator', email: 'operator@portail.test', name: 'Platform Operator' })
    .returning({ id: users.id })
  if (!suspended || !operator) throw new Error('fixture not created')
  return { a, b, suspended, operatorUserId: operator.id }
}
