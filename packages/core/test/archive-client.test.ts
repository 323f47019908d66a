import type { AdminConnection } from '@portail/db/admin'
import { auditLog, clients } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setClientArchived } from '../src/clients'
import type { StaffActor } from '../src/actors'

interface Fixture extends TwoTenantFixture {
  walkInId: string
  otherTenantClientId: string
}

async function fixture(admin: AdminConnection): Promise<Fixture> {
  const f = await twoTenantFixture(admin)
  const [walkIn] = await admin.db
    .insert(clients)
    .values({ tenantId: f.a.id, fullName: 'Walk In' })
    .returning({ id: clients.id })
  const [other] = await admin.db
    .insert(clients)
    .values({ tenantId: f.b.id, fullName: 'Elsewhere' })
    .returning({ id: clients.id })
  return { ...f, walkInId: walkIn?.id ?? '', otherTenantClientId: other?.id ?? '' }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const owner = (): StaffActor => ({ tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' })
const archive = (id: string, archived: boolean) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
    setClientArchived(tx, owner(), { id, archived }),
  )
const auditActions = async (id: string) =>
  (
    await db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, (tx) =>
      tx
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'client'), eq(auditLog.entityId, id))),
    )
  ).map((row) => row.action)

describe('setClientArchived', () => {
  it('archives a client, keeps the first archiving time on a repeat, and brings it back', async () => {
    const archived = await archive(db.data.walkInId, true)
    expect(archived.archivedAt).toBeInstanceOf(Date)
    const again = await archive(db.data.walkInId, true)
    expect(again.archivedAt?.toISOString()).toBe(archived.archivedAt?.toISOString())
    const back = await archive(db.data.walkInId, false)
    expect(back.archivedAt).toBeNull()
    // One entry per real change: the repeat wrote nothing.
    expect((await auditActions(db.data.walkInId)).sort()).toEqual(['client.archived', 'client.unarchived'])
  })

  it('answers NOT_FOUND for another business’s client and leaves it alone', async () => {
    await expect(archive(db.data.otherTenantClientId, true)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const [row] = await db.app.withTenant(
      { actor: 'staff', tenantId: db.data.b.id, userId: db.data.b.ownerUserId },
      (tx) => tx.select({ archivedAt: clients.archivedAt }).from(clients).where(eq(clients.id, db.data.otherTenantClientId)),
    )
    expect(row?.archivedAt).toBeNull()
  })
})
