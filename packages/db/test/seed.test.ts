import { and, count, eq, isNotNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoData } from '../src/admin'
import {
  clients,
  memberships,
  paymentPlans,
  services,
  tenantPaymentSettings,
  tenants,
  users,
  workingHours,
} from '../src/schema'
import { demoPaymentPlans } from '../src/seed/demo-billing'
import { demoClients } from '../src/seed/demo-clients'
import { demoStaff, devExternalId } from '../src/seed/demo-people'
import { demoServices, demoWorkingHours } from '../src/seed/demo-services'
import { demoTenants } from '../src/seed/demo-tenants'
import { createTestDatabase, type TestDatabase } from './harness'

const editedPhone = '+14505550199'

const seedTwice = async (admin: Parameters<typeof seedDemoData>[0]) => {
  const first = await seedDemoData(admin)
  // A staff member edits a demo client between two runs: the second run must keep the edit.
  await admin.db.update(clients).set({ phone: editedPhone }).where(eq(clients.email, 'luc.bergeron@example.com'))
  const second = await seedDemoData(admin)
  const total = async (
    table:
      | typeof tenants
      | typeof users
      | typeof clients
      | typeof memberships
      | typeof services
      | typeof workingHours
      | typeof tenantPaymentSettings
      | typeof paymentPlans,
  ) => (await admin.db.select({ n: count() }).from(table))[0]?.n
  const tenantRows = await admin.db.select({ id: tenants.id, slug: tenants.slug }).from(tenants)
  // Any member will do (the suspended business has only its owner): staff policies are per tenant.
  const staffRows = await admin.db
    .select({ tenantId: memberships.tenantId, userId: memberships.userId })
    .from(memberships)
  const [operator] = await admin.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.externalId, devExternalId('operator@portail.local')))
  return {
    first,
    second,
    totals: {
      tenants: await total(tenants),
      users: await total(users),
      clients: await total(clients),
      memberships: await total(memberships),
      services: await total(services),
      workingHours: await total(workingHours),
      paymentSettings: await total(tenantPaymentSettings),
      paymentPlans: await total(paymentPlans),
    },
    tenantIds: new Map(tenantRows.map((row) => [row.slug, row.id])),
    staffByTenant: new Map(staffRows.map((row) => [row.tenantId, row.userId])),
    operatorId: operator?.id,
  }
}

let db: TestDatabase<Awaited<ReturnType<typeof seedTwice>>>
beforeAll(async () => {
  db = await createTestDatabase(seedTwice)
})
afterAll(async () => db.close())

describe('seedDemoData', () => {
  it('returns the same counts on a second run and creates no duplicates', () => {
    const { first, second, totals } = db.data
    expect(second).toEqual(first)
    expect(first.tenants).toBeGreaterThanOrEqual(4)
    expect(first.clients).toBeGreaterThanOrEqual(15)
    expect(totals).toEqual({
      tenants: first.tenants,
      users: first.users,
      clients: first.clients,
      memberships: demoStaff.length,
      services: Object.values(demoServices).reduce((sum, list) => sum + list.length, 0),
      workingHours: demoStaff.filter((staff) => staff.tenant in demoServices).length * demoWorkingHours.length,
      paymentSettings: first.tenants,
      paymentPlans: Object.values(demoPaymentPlans).reduce((sum, list) => sum + list.length, 0),
    })
  })

  it('keeps data edited since the previous run', async () => {
    const tenantId = db.data.tenantIds.get('piscines-laurentides') ?? ''
    const staffId = db.data.staffByTenant.get(tenantId)
    const [luc] = await db.app.withTenant({ actor: 'staff', tenantId, userId: staffId }, (tx) =>
      tx
        .select({ phone: clients.phone })
        .from(clients)
        .where(and(eq(clients.tenantId, tenantId), eq(clients.email, 'luc.bergeron@example.com'))),
    )
    expect(luc?.phone).toBe(editedPhone)
  })

  it.each(demoTenants.map((tenant) => tenant.slug))('lets staff of %s see only its own clients', async (slug) => {
    const tenantId = db.data.tenantIds.get(slug)
    if (!tenantId) throw new Error(`${slug} was not seeded`)
    const staffId = db.data.staffByTenant.get(tenantId)
    const rows = await db.app.withTenant({ actor: 'staff', tenantId, userId: staffId }, (tx) =>
      tx.select({ tenantId: clients.tenantId, email: clients.email }).from(clients),
    )
    expect(rows.map((row) => row.email).sort()).toEqual(demoClients[slug].map((client) => client.email).sort())
    expect(rows.every((row) => row.tenantId === tenantId)).toBe(true)
  })

  it('gives operators a suspended business to show, with its reason', async () => {
    const rows = await db.app.withTenant({ actor: 'operator', tenantId: null, userId: db.data.operatorId }, (tx) =>
      tx.select({ slug: tenants.slug, status: tenants.status, reason: tenants.suspendedReason }).from(tenants),
    )
    const suspended = rows.filter((row) => row.status === 'suspended')
    expect(suspended.map((row) => row.slug)).toEqual(['atelier-ferme'])
    expect(suspended[0]?.reason).toMatch(/\S/)
  })

  it('shows a visitor of a demo business its services and the weekly hours slots are computed from', async () => {
    const tenantId = db.data.tenantIds.get('piscines-laurentides') ?? ''
    const seen = await db.app.withTenant({ actor: 'public', tenantId }, async (tx) => ({
      services: await tx.select({ nameFr: services.nameFr }).from(services),
      hours: await tx.select({ weekday: workingHours.weekday }).from(workingHours),
    }))
    expect(seen.services.map((row) => row.nameFr)).toContain('Ouverture de piscine')
    expect(seen.hours.length).toBeGreaterThan(0)
  })

  it('gives the pool company its tax registrations, not yet connected, and shows visitors its seasonal plans', async () => {
    const tenantId = db.data.tenantIds.get('piscines-laurentides') ?? ''
    const staffUserId = db.data.staffByTenant.get(tenantId) ?? ''
    const [settings] = await db.app.withTenant({ actor: 'staff', tenantId, userId: staffUserId }, (tx) =>
      tx
        .select({
          province: tenantPaymentSettings.taxProvince,
          gst: tenantPaymentSettings.gstHstNumber,
          qst: tenantPaymentSettings.qstNumber,
          account: tenantPaymentSettings.stripeAccountId,
          charges: tenantPaymentSettings.chargesEnabled,
        })
        .from(tenantPaymentSettings),
    )
    expect(settings).toEqual({
      province: 'QC',
      gst: '123456789 RT0001',
      qst: '1234567890 TQ0001',
      account: null,
      charges: false,
    })
    const plans = await db.app.withTenant({ actor: 'public', tenantId }, (tx) =>
      tx
        .select({
          from: paymentPlans.seasonStartMonth,
          to: paymentPlans.seasonEndMonth,
          forService: isNotNull(paymentPlans.serviceId),
        })
        .from(paymentPlans),
    )
    expect(plans).toEqual([
      { from: 5, to: 9, forService: true },
      { from: 5, to: 9, forService: true },
    ])
  })
})
