import { and, eq, inArray } from 'drizzle-orm'
import type { AdminConnection } from '../admin/admin-connection'
import {
  clients,
  memberships,
  paymentPlans,
  serviceOptions,
  services,
  staffServices,
  tenantPaymentSettings,
  tenants,
  users,
  workingHours,
} from '../schema'
import type { Tx } from '../with-tenant'
import { demoPaymentPlans, demoPaymentSettings } from './demo-billing'
import { demoClients } from './demo-clients'
import { demoServices, demoWorkingHours } from './demo-services'
import { demoClientAccounts, demoOperator, demoStaff, devExternalId } from './demo-people'
import { type DemoTenantSlug, demoTenants } from './demo-tenants'

export interface SeedCounts {
  /** Demo rows present after the seed (the same on every run), not rows inserted by this run. */
  tenants: number
  users: number
  clients: number
}

const key = (...parts: string[]) => parts.map((part) => part.toLowerCase()).join('\u0000')

function lookup(rows: readonly { id: string; key: string }[], wanted: readonly string[], what: string) {
  const ids = new Map(rows.map((row) => [row.key.toLowerCase(), row.id]))
  const missing = wanted.filter((name) => !ids.has(name.toLowerCase()))
  if (missing.length > 0) {
    throw new Error(
      `Demo ${what} could not be created (a row with another natural key holds them): ${missing.join(', ')}`,
    )
  }
  return (name: string) => {
    const id = ids.get(name.toLowerCase())
    if (!id) throw new Error(`Unknown demo ${what}: ${name}`)
    return id
  }
}

async function ensureTenants(tx: Tx) {
  await tx
    .insert(tenants)
    .values([...demoTenants])
    .onConflictDoNothing({ target: tenants.slug })
  const slugs = demoTenants.map((tenant) => tenant.slug)
  const rows = await tx.select({ id: tenants.id, key: tenants.slug }).from(tenants).where(inArray(tenants.slug, slugs))
  return lookup(rows, slugs, 'tenants')
}

async function ensureUsers(tx: Tx) {
  const people = [demoOperator, ...demoStaff, ...demoClientAccounts]
  await tx
    .insert(users)
    .values(people.map(({ email, name, locale }) => ({ externalId: devExternalId(email), email, name, locale })))
    .onConflictDoNothing()
  const emails = people.map((person) => person.email)
  const rows = await tx.select({ id: users.id, key: users.email }).from(users).where(inArray(users.email, emails))
  return lookup(rows, emails, 'users')
}

/**
 * A business's demo services, options, who performs them (every member) and everyone's weekly
 * hours, laid once: a business that already has services or a member who already has hours
 * (the demo's, or edited in the app) is left as it is.
 */
async function ensureBookingCatalog(tx: Tx, tenantId: string, slug: DemoTenantSlug) {
  const members = await tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.tenantId, tenantId))
  const existing = await tx.select({ id: services.id }).from(services).where(eq(services.tenantId, tenantId)).limit(1)
  if (existing.length === 0) {
    for (const [order, { options, ...fields }] of (demoServices[slug] ?? []).entries()) {
      const [row] = await tx
        .insert(services)
        .values({ ...fields, tenantId, displayOrder: order })
        .returning({ id: services.id })
      if (!row) throw new Error(`Demo service not created: ${fields.nameEn}`)
      if (options.length > 0) {
        await tx
          .insert(serviceOptions)
          .values(options.map((option, i) => ({ ...option, tenantId, serviceId: row.id, displayOrder: i })))
      }
      if (members.length > 0) {
        await tx
          .insert(staffServices)
          .values(members.map((member) => ({ tenantId, membershipId: member.id, serviceId: row.id })))
          .onConflictDoNothing()
      }
    }
  }
  const withHours = new Set(
    (
      await tx.select({ id: workingHours.membershipId }).from(workingHours).where(eq(workingHours.tenantId, tenantId))
    ).map((row) => row.id),
  )
  const hours = members
    .filter((member) => !withHours.has(member.id))
    .flatMap((member) => demoWorkingHours.map((span) => ({ ...span, tenantId, membershipId: member.id })))
  if (hours.length > 0) await tx.insert(workingHours).values(hours)
}

/**
 * A business's payment settings and plans, laid once: settings already there (edited in the app,
 * or connected to Stripe since) are kept, and a business that has plans gets none added.
 */
async function ensureBilling(tx: Tx, tenantId: string, slug: DemoTenantSlug) {
  await tx
    .insert(tenantPaymentSettings)
    .values({ ...demoPaymentSettings[slug], tenantId })
    .onConflictDoNothing({ target: tenantPaymentSettings.tenantId })
  const plans = demoPaymentPlans[slug] ?? []
  const existing = await tx
    .select({ id: paymentPlans.id })
    .from(paymentPlans)
    .where(eq(paymentPlans.tenantId, tenantId))
    .limit(1)
  if (plans.length === 0 || existing.length > 0) return
  for (const { serviceNameFr, ...plan } of plans) {
    const [service] = serviceNameFr
      ? await tx
          .select({ id: services.id })
          .from(services)
          .where(and(eq(services.tenantId, tenantId), eq(services.nameFr, serviceNameFr)))
          .limit(1)
      : []
    await tx.insert(paymentPlans).values({ ...plan, tenantId, serviceId: service?.id ?? null })
  }
}

/**
 * Lays the demo businesses, their teams and clients, and the platform operator, in one
 * transaction on an owner/superuser connection. Idempotent: every row is inserted only when its
 * natural key (tenant slug, user email/external id, membership (tenant, user), client
 * (tenant, email)) is absent, so a second run changes nothing, and edits made in the app since
 * the last run are kept rather than overwritten.
 */
export async function seedDemoData(admin: AdminConnection): Promise<SeedCounts> {
  return admin.db.transaction(async (tx) => {
    const tenantId = await ensureTenants(tx)
    const userId = await ensureUsers(tx)

    await tx
      .insert(memberships)
      .values(
        demoStaff.map((staff) => ({ tenantId: tenantId(staff.tenant), userId: userId(staff.email), role: staff.role })),
      )
      .onConflictDoNothing({ target: [memberships.tenantId, memberships.userId] })

    for (const slug of Object.keys(demoServices) as DemoTenantSlug[])
      await ensureBookingCatalog(tx, tenantId(slug), slug)
    for (const { slug } of demoTenants) await ensureBilling(tx, tenantId(slug), slug)

    const accounts = new Set(demoClientAccounts.map((account) => account.email.toLowerCase()))
    const clientRows = demoTenants.flatMap(({ slug }) =>
      demoClients[slug].map((client) => ({
        ...client,
        tenantId: tenantId(slug),
        userId: accounts.has(client.email.toLowerCase()) ? userId(client.email) : null,
      })),
    )
    // No conflict target: a client row already linked to the same user counts as present too.
    await tx.insert(clients).values(clientRows).onConflictDoNothing()

    const present = await tx
      .select({ tenantId: clients.tenantId, email: clients.email })
      .from(clients)
      .where(inArray(clients.tenantId, [...new Set(clientRows.map((row) => row.tenantId))]))
    const presentKeys = new Set(present.map((row) => key(row.tenantId, row.email ?? '')))
    const clientCount = clientRows.filter((row) => presentKeys.has(key(row.tenantId, row.email))).length

    return {
      tenants: demoTenants.length,
      users: 1 + demoStaff.length + demoClientAccounts.length,
      clients: clientCount,
    }
  })
}
