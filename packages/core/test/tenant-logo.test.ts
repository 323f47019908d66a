import { auditLog } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { type FileStorage, memoryFileStorage } from '@portail/storage'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { isDomainError } from '../src/errors'
import { getPublicTenant, getTenantSettings, readTenantLogo, removeTenantLogo, setTenantLogo } from '../src/tenants'
import { png } from './support/images'

let db: TestDatabase<TwoTenantFixture>
let storage: ReturnType<typeof memoryFileStorage>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())
beforeEach(async () => {
  storage = memoryFileStorage()
  // Each test starts with no logo in either business.
  for (const tenant of ['a', 'b'] as const) await removeTenantLogo(deps(), ownerOf(tenant))
})

const deps = () => ({ database: db.app, storage })
const ownerOf = (tenant: 'a' | 'b'): StaffActor => ({
  tenantId: db.data[tenant].id,
  userId: db.data[tenant].ownerUserId,
  role: 'owner',
})
const auditOf = (tenant: 'a' | 'b') =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data[tenant].id, userId: db.data[tenant].ownerUserId }, (tx) =>
    tx
      .select({ action: auditLog.action, data: auditLog.data })
      .from(auditLog)
      .where(eq(auditLog.entityId, db.data[tenant].id))
      .orderBy(asc(auditLog.createdAt)),
  )
const logoActions = async (tenant: 'a' | 'b') =>
  (await auditOf(tenant)).map((entry) => entry.action).filter((action) => action.startsWith('tenant.logo_'))
const publicFace = (tenant: 'a' | 'b') =>
  db.app.withTenant({ actor: 'public', tenantId: db.data[tenant].id }, (tx) =>
    getPublicTenant(tx, { tenantId: db.data[tenant].id }),
  )
const refusalOf = async (work: Promise<unknown>) => {
  try {
    await work
    return null
  } catch (error) {
    return isDomainError(error) ? error.messageKey : error
  }
}

describe('a business logo', () => {
  it('is stored as the type its bytes prove, served to visitors of that business only, and audited', async () => {
    const before = (await publicFace('a')).logoVersion
    expect(before).toBeNull()
    const actionsBefore = await logoActions('a')
    const bytes = png(64, 32)
    const logo = await setTenantLogo(deps(), ownerOf('a'), bytes)
    expect(logo.contentType).toBe('image/png')
    expect(storage.keys()).toEqual([expect.stringMatching(new RegExp(`^tenants/${db.data.a.id}/logo/[0-9a-f-]{36}$`))])
    const served = await readTenantLogo(deps(), db.data.a.id)
    expect(served?.contentType).toBe('image/png')
    expect(served?.version).toBe(logo.version)
    expect(Buffer.from(served?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true)
    expect((await publicFace('a')).logoVersion).toBe(logo.version)
    expect(
      (
        await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
          getTenantSettings(tx, ownerOf('a')),
        )
      ).logoVersion,
    ).toBe(logo.version)
    // The other business has no logo, and reading as it never reaches this one's.
    expect(await readTenantLogo(deps(), db.data.b.id)).toBeNull()
    expect((await publicFace('b')).logoVersion).toBeNull()
    expect(await logoActions('a')).toEqual([...actionsBefore, 'tenant.logo_added'])
    expect((await auditOf('a')).at(-1)?.data).toMatchObject({ contentType: 'image/png', width: '64', height: '32' })
  })

  it('keeps one current logo: a replacement gets a new version and the old file is deleted after commit', async () => {
    const first = await setTenantLogo(deps(), ownerOf('a'), png(64, 32))
    const [firstKey] = storage.keys()
    const second = await setTenantLogo(deps(), ownerOf('a'), png(48, 48))
    expect(second.version).toBeGreaterThan(first.version)
    expect(storage.keys()).toHaveLength(1)
    expect(storage.keys()).not.toContain(firstKey)
    expect((await logoActions('a')).slice(-2)).toEqual(['tenant.logo_added', 'tenant.logo_replaced'])
  })

  it('stores nothing and changes nothing when refused (an HTML page called logo.png, a file over 1 MB)', async () => {
    const current = await setTenantLogo(deps(), ownerOf('a'), png(64, 32))
    const keys = storage.keys()
    const actions = await logoActions('a')
    const html = new TextEncoder().encode('<html><body><script>document.cookie</script></body></html>')
    expect(await refusalOf(setTenantLogo(deps(), ownerOf('a'), html))).toBe('tenant.logoType')
    expect(await refusalOf(setTenantLogo(deps(), ownerOf('a'), png(64, 64, 1024 * 1024)))).toBe('tenant.logoTooLarge')
    expect(storage.keys()).toEqual(keys)
    expect(await logoActions('a')).toEqual(actions)
    expect((await readTenantLogo(deps(), db.data.a.id))?.version).toBe(current.version)
  })

  it('belongs to the business in the caller’s context only', async () => {
    await setTenantLogo(deps(), ownerOf('a'), png(64, 32))
    const logoOfA = await readTenantLogo(deps(), db.data.a.id)
    await setTenantLogo(deps(), ownerOf('b'), png(32, 32))
    expect((await readTenantLogo(deps(), db.data.a.id))?.bytes).toEqual(logoOfA?.bytes)
    await removeTenantLogo(deps(), ownerOf('b'))
    expect((await readTenantLogo(deps(), db.data.a.id))?.version).toBe(logoOfA?.version)
    expect(storage.keys().every((key) => key.startsWith(`tenants/${db.data.a.id}/`))).toBe(true)
    expect((await logoActions('a')).at(-1)).toBe('tenant.logo_added')
  })

  it('is removed with its file, audited once; removing none changes nothing', async () => {
    await setTenantLogo(deps(), ownerOf('a'), png(64, 32))
    expect(await removeTenantLogo(deps(), ownerOf('a'))).toEqual({ removed: true })
    expect(storage.keys()).toEqual([])
    expect(await readTenantLogo(deps(), db.data.a.id)).toBeNull()
    expect((await publicFace('a')).logoVersion).toBeNull()
    const actions = await logoActions('a')
    expect(actions.at(-1)).toBe('tenant.logo_removed')
    expect(await removeTenantLogo(deps(), ownerOf('a'))).toEqual({ removed: false })
    expect(await logoActions('a')).toEqual(actions)
  })

  it('keeps the current logo when storing the new file fails, and succeeds when only the cleanup fails', async () => {
    const current = await setTenantLogo(deps(), ownerOf('a'), png(64, 32))
    const failingPut: FileStorage = { ...storage, put: () => Promise.reject(new Error('disk full')) }
    await expect(setTenantLogo({ database: db.app, storage: failingPut }, ownerOf('a'), png(48, 48))).rejects.toThrow(
      'disk full',
    )
    expect((await readTenantLogo(deps(), db.data.a.id))?.version).toBe(current.version)
    const failingDelete: FileStorage = { ...storage, delete: () => Promise.reject(new Error('network')) }
    const next = await setTenantLogo({ database: db.app, storage: failingDelete }, ownerOf('a'), png(48, 48))
    expect((await readTenantLogo(deps(), db.data.a.id))?.version).toBe(next.version)
  })
})
