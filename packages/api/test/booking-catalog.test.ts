/**
 * booking.catalog: what the wizard offers a visitor, a client or staff. Active services and options
 * only, in display order, who performs each under a public name (never an email), and the policy.
 */
import { memberships, serviceOptions, services, staffServices, tenants } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'

interface CatalogFixture extends TwoTenantFixture {
  firstServiceId: string
  hiddenServiceId: string
  optionIds: { first: string; second: string; hidden: string }
}

let db: TestDatabase<CatalogFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const [first] = await admin.db
      .insert(services)
      .values({
        tenantId: f.a.id,
        nameFr: 'Ouverture',
        nameEn: 'Opening',
        durationMinutes: 90,
        priceCents: 15000,
        displayOrder: -1,
      })
      .returning({ id: services.id })
    const [hidden] = await admin.db
      .insert(services)
      .values({ tenantId: f.a.id, nameFr: 'Retiré', nameEn: 'Retired', durationMinutes: 30, active: false })
      .returning({ id: services.id })
    if (!first || !hidden) throw new Error('fixture not created')
    const option = async (nameEn: string, displayOrder: number, active = true) => {
      const [row] = await admin.db
        .insert(serviceOptions)
        .values({
          tenantId: f.a.id,
          serviceId: first.id,
          nameFr: nameEn,
          nameEn,
          extraMinutes: 15,
          extraPriceCents: 2500,
          displayOrder,
          active,
        })
        .returning({ id: serviceOptions.id })
      if (!row) throw new Error('option not created')
      return row.id
    }
    const optionIds = {
      second: await option('Second', 2),
      first: await option('First', 1),
      hidden: await option('Hidden', 0, false),
    }
    await admin.db.insert(staffServices).values([
      { tenantId: f.a.id, membershipId: f.a.staffMembershipId, serviceId: first.id },
      { tenantId: f.a.id, membershipId: f.a.ownerMembershipId, serviceId: first.id },
    ])
    await admin.db.update(memberships).set({ displayName: 'Marc L.' }).where(eq(memberships.id, f.a.staffMembershipId))
    await admin.db
      .update(tenants)
      .set({ bookingFreeCancelHours: 48, bookingLateCancelFeePercent: 30 })
      .where(eq(tenants.id, f.a.id))
    return { ...f, firstServiceId: first.id, hiddenServiceId: hidden.id, optionIds }
  })
})
afterAll(async () => db.close())

describe('booking.catalog', () => {
  it('offers a visitor the active services in display order, their active options and performers', async () => {
    const visitor = await callerFor(db.app, { host: hostOf(db.data.a.slug) })
    const catalog = await visitor.booking.catalog()
    expect(catalog.services.map((s) => s.id)).toEqual([db.data.firstServiceId, db.data.a.serviceId])
    const [first] = catalog.services
    expect(first?.options.map((o) => o.id)).toEqual([db.data.optionIds.first, db.data.optionIds.second])
    expect(first).toMatchObject({
      nameFr: 'Ouverture',
      durationMinutes: 90,
      priceCents: 15000,
      currency: 'CAD',
      paymentRule: 'none',
    })
    // The chosen public name, else the first word of the person's name; sorted by name.
    expect(first?.staff).toEqual([
      { id: db.data.a.staffMembershipId, displayName: 'Marc L.' },
      { id: db.data.a.ownerMembershipId, displayName: 'owner' },
    ])
    expect(catalog.policy).toMatchObject({ freeCancelHours: 48, lateCancelFeePercent: 30 })
  })

  it('never shows an email, and staff see the same public view (no retired service)', async () => {
    const visitor = await callerFor(db.app, { host: hostOf(db.data.a.slug) })
    expect(JSON.stringify(await visitor.booking.catalog())).not.toContain('@')
    const staff = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId })
    const seen = await staff.booking.catalog()
    expect(seen.services.map((s) => s.id)).not.toContain(db.data.hiddenServiceId)
    expect(JSON.stringify(seen)).not.toContain(db.data.optionIds.hidden)
  })

  it('shows each business its own catalog only', async () => {
    const visitorOfB = await callerFor(db.app, { host: hostOf(db.data.b.slug) })
    const catalog = await visitorOfB.booking.catalog()
    expect(catalog.services.map((s) => s.id)).toEqual([db.data.b.serviceId])
    expect(catalog.services[0]?.staff.map((s) => s.id)).toEqual([db.data.b.staffMembershipId])
  })
})
