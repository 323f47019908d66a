import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActorContext } from '../src'
import { type ServiceAddress, tenants } from '../src/schema'
import {
  createTestDatabase,
  type TenantFixture,
  type TestDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
} from './harness'
import { attempt } from './support/query'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const as = (tenant: TenantFixture, actor: 'public' | 'client' | 'staff' | 'system'): ActorContext => ({
  actor,
  tenantId: tenant.id,
  userId: actor === 'client' ? tenant.clientUserId : tenant.ownerUserId,
  ...(actor === 'client' ? { clientId: tenant.clientId } : {}),
})
const address = (city: string): ServiceAddress => ({
  line1: '10 rue Principale',
  city,
  province: 'QC',
  postalCode: 'J7Z 5T2',
  country: 'CA',
})
const contactOf = (context: ActorContext) =>
  db.app.withTenant(context, (tx) =>
    tx.select({ phone: tenants.contactPhone, address: tenants.contactAddress }).from(tenants),
  )
const setContact = (context: ActorContext, tenantId: string, phone: string | null) =>
  attempt(() =>
    db.app.withTenant(context, (tx) =>
      tx
        .update(tenants)
        .set({ contactPhone: phone, contactAddress: address('Changed') })
        .where(eq(tenants.id, tenantId))
        .returning({ id: tenants.id }),
    ),
  )

describe("the business's public contact (phone and address)", () => {
  beforeAll(async () => {
    const { a, b } = db.data
    await db.app.withTenant(as(a, 'staff'), (tx) =>
      tx.update(tenants).set({ contactPhone: '+14505550100', contactAddress: address('Alpha') }),
    )
    await db.app.withTenant(as(b, 'staff'), (tx) =>
      tx.update(tenants).set({ contactPhone: '+16135550120', contactAddress: address('Bravo') }),
    )
  })

  it("is read by visitors and clients of a portal: that business's only", async () => {
    const { a, b } = db.data
    for (const actor of ['public', 'client'] as const) {
      expect(await contactOf(as(a, actor)), actor).toEqual([{ phone: '+14505550100', address: address('Alpha') }])
      expect(await contactOf(as(b, actor)), actor).toEqual([{ phone: '+16135550120', address: address('Bravo') }])
    }
  })

  it('is changed by no visitor, client or workflow, and by no staff of another business', async () => {
    const { a, b } = db.data
    for (const actor of ['public', 'client', 'system'] as const) {
      const outcome = await setContact(as(a, actor), a.id, '+15145550000')
      expect(outcome.ok ? 'ok' : outcome.code, actor).toBe('42501')
    }
    const across = await setContact(as(a, 'staff'), b.id, '+15145550000')
    expect(across.ok ? across.value : across.code).toEqual([])
    expect(await contactOf(as(b, 'public'))).toEqual([{ phone: '+16135550120', address: address('Bravo') }])
  })

  it('takes an E.164 phone only', async () => {
    const { a } = db.data
    const raw = await setContact(as(a, 'staff'), a.id, '450 555-0100')
    expect(raw.ok ? 'ok' : raw.code).toBe('23514')
    const own = await setContact(as(a, 'staff'), a.id, '+14505550199')
    expect(own.ok ? own.value : own.code).toEqual([{ id: a.id }])
  })
})
