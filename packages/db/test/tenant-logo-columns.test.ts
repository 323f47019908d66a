import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActorContext } from '../src'
import { tenants } from '../src/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { attempt } from './support/query'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const a = () => db.data.a
const as = (actor: 'public' | 'client' | 'staff' | 'system'): ActorContext => ({
  actor,
  tenantId: a().id,
  userId: actor === 'client' ? a().clientUserId : a().ownerUserId,
  ...(actor === 'client' ? { clientId: a().clientId } : {}),
})
const setLogo = (context: ActorContext, logo: { logoKey: string | null; logoContentType: string | null }) =>
  attempt(() => db.app.withTenant(context, (tx) => tx.update(tenants).set(logo).where(eq(tenants.id, a().id))))
const codeOf = async (run: Promise<Awaited<ReturnType<typeof setLogo>>>) => {
  const outcome = await run
  return outcome.ok ? 'ok' : outcome.code
}

describe('the tenant logo columns', () => {
  it('are set by staff only: visitors, clients and workflows may read them, never change them', async () => {
    const logo = { logoKey: `tenants/${a().id}/logo/x`, logoContentType: 'image/png' }
    for (const actor of ['public', 'client', 'system'] as const) {
      expect(await codeOf(setLogo(as(actor), logo)), actor).toBe('42501')
      const [row] = await db.app.withTenant(as(actor), (tx) =>
        tx.select({ version: tenants.logoVersion, type: tenants.logoContentType }).from(tenants),
      )
      expect(row, actor).toEqual({ version: 0, type: null })
    }
    expect(await codeOf(setLogo(as('staff'), logo))).toBe('ok')
    expect(await codeOf(setLogo(as('staff'), { logoKey: null, logoContentType: null }))).toBe('ok')
  })

  it('hold a key and a raster type together, or neither', async () => {
    const key = `tenants/${a().id}/logo/x`
    expect(await codeOf(setLogo(as('staff'), { logoKey: key, logoContentType: null }))).toBe('23514')
    expect(await codeOf(setLogo(as('staff'), { logoKey: null, logoContentType: 'image/png' }))).toBe('23514')
    expect(await codeOf(setLogo(as('staff'), { logoKey: key, logoContentType: 'image/svg+xml' }))).toBe('23514')
    expect(await codeOf(setLogo(as('staff'), { logoKey: key, logoContentType: 'text/html' }))).toBe('23514')
  })
})
