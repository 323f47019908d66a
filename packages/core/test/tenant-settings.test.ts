import { auditLog } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { getPublicTenant, getTenantSettings, updateTenantSettings } from '../src/tenants'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const ownerOf = (tenant: 'a' | 'b'): StaffActor => ({
  tenantId: db.data[tenant].id,
  userId: db.data[tenant].ownerUserId,
  role: 'owner',
})
const asOwner = <T>(tenant: 'a' | 'b', work: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data[tenant].id, userId: db.data[tenant].ownerUserId }, work)

describe('tenant settings', () => {
  it('changes name, language, colour and privacy officer of the caller’s business only, audited by field name', async () => {
    const before = await asOwner('b', (tx) => getTenantSettings(tx, ownerOf('b')))
    const after = await asOwner('a', (tx) =>
      updateTenantSettings(tx, ownerOf('a'), {
        name: 'Piscines Renommées',
        defaultLocale: 'en',
        primaryColor: '#0f766e',
        privacyOfficer: { name: 'Anne Roy', email: 'privacy@a.test' },
      }),
    )
    expect(after).toMatchObject({
      name: 'Piscines Renommées',
      defaultLocale: 'en',
      primaryColor: '#0f766e',
      privacyOfficer: { name: 'Anne Roy', email: 'privacy@a.test' },
    })
    expect(await asOwner('b', (tx) => getTenantSettings(tx, ownerOf('b')))).toEqual(before)
    const audit = await asOwner('a', (tx) =>
      tx.select({ action: auditLog.action, data: auditLog.data }).from(auditLog).where(eq(auditLog.entityId, db.data.a.id)),
    )
    expect(audit).toContainEqual({
      action: 'tenant.settings_updated',
      data: { fields: ['defaultLocale', 'name', 'primaryColor', 'privacyOfficer'] },
    })
  })

  it('clears the colour and the privacy officer with null', async () => {
    const cleared = await asOwner('a', (tx) =>
      updateTenantSettings(tx, ownerOf('a'), { primaryColor: null, privacyOfficer: null }),
    )
    expect(cleared.primaryColor).toBeNull()
    expect(cleared.privacyOfficer).toBeNull()
  })

  it('shows the description on the public face, and an emptied one as none', async () => {
    await asOwner('a', (tx) =>
      updateTenantSettings(tx, ownerOf('a'), { descriptionFr: 'Entretien de piscines.', descriptionEn: 'Pool care.' }),
    )
    const seen = await db.app.withTenant({ actor: 'public', tenantId: db.data.a.id, userId: null }, (tx) =>
      getPublicTenant(tx, { tenantId: db.data.a.id }),
    )
    expect(seen).toMatchObject({ descriptionFr: 'Entretien de piscines.', descriptionEn: 'Pool care.' })
    const emptied = await asOwner('a', (tx) => updateTenantSettings(tx, ownerOf('a'), { descriptionEn: '' }))
    expect(emptied.descriptionEn).toBeNull()
  })
})
