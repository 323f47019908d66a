import { consentRecords } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'
import { errorOf } from './support/error-of'
import { auditOf, clientsOf } from './support/inspect'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const alpha = () => hostOf(db.data.a.slug)
const idsOfA = async () => (await clientsOf(db.app, db.data.a.id, db.data.a.ownerUserId)).map((c) => c.id)

describe('staff.clients.delete', () => {
  it('asks an owner without a recent second factor to confirm with a code, and deletes nothing', async () => {
    const before = await idsOfA()
    for (const age of [undefined, 10, 600]) {
      const caller = await callerFor(db.app, {
        host: alpha(),
        userId: db.data.a.ownerUserId,
        secondFactorAgeMinutes: age,
        acceptLanguage: 'en',
      })
      const error = await errorOf(caller.staff.clients.delete({ id: db.data.a.unlinkedClientId }))
      expect(error.code).toBe('FORBIDDEN')
      expect(error.cause).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED', messageKey: 'auth.secondFactorRequired' })
      expect(error.message).toBe(
        'This action needs confirming: enter the code we send to your email address, then try again.',
      )
    }
    expect(await idsOfA()).toEqual(before)
  })

  it('deletes the client for an owner who just confirmed, and the audit keeps the name of who was deleted', async () => {
    const caller = await callerFor(db.app, { host: alpha(), userId: db.data.a.ownerUserId, secondFactorAgeMinutes: 9 })
    expect(await caller.staff.clients.delete({ id: db.data.a.unlinkedClientId })).toEqual({
      id: db.data.a.unlinkedClientId,
    })
    expect(await idsOfA()).not.toContain(db.data.a.unlinkedClientId)
    const entry = (await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).find(
      (row) => row.action === 'client.deleted',
    )
    expect(entry).toMatchObject({
      actorUserId: db.data.a.ownerUserId,
      actorRole: 'owner',
      entityId: db.data.a.unlinkedClientId,
      clientId: db.data.a.unlinkedClientId,
      data: { fullName: 'Walk-in Alpha' },
    })
    const again = await errorOf(caller.staff.clients.delete({ id: db.data.a.unlinkedClientId }))
    expect(again.code).toBe('NOT_FOUND')
  })

  it('refuses staff whatever their second factor, and another business’s client as not found', async () => {
    const staff = await callerFor(db.app, { host: alpha(), userId: db.data.a.staffUserId, secondFactorAgeMinutes: 0 })
    expect((await errorOf(staff.staff.clients.delete({ id: db.data.a.otherClientId }))).cause).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'auth.permissionDenied',
    })
    const owner = await callerFor(db.app, { host: alpha(), userId: db.data.a.ownerUserId, secondFactorAgeMinutes: 0 })
    expect((await errorOf(owner.staff.clients.delete({ id: db.data.b.clientId }))).code).toBe('NOT_FOUND')
    expect(await clientsOf(db.app, db.data.b.id, db.data.b.ownerUserId)).toHaveLength(3)
  })

  it('refuses a client with records (a recorded consent) with CONFLICT, keeping the client and writing no audit', async () => {
    await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .insert(consentRecords)
        .values({
          tenantId: db.data.a.id,
          clientId: db.data.a.clientId,
          kind: 'privacy_notice',
          version: '2026-11-01',
        }),
    )
    const auditBefore = await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)
    const owner = await callerFor(db.app, {
      host: alpha(),
      userId: db.data.a.ownerUserId,
      secondFactorAgeMinutes: 0,
      acceptLanguage: 'fr',
    })
    const error = await errorOf(owner.staff.clients.delete({ id: db.data.a.clientId }))
    expect(error.code).toBe('CONFLICT')
    expect(error.cause).toMatchObject({ messageKey: 'client.hasRecords' })
    expect(error.message).toMatch(/archivez-le/)
    expect(await idsOfA()).toContain(db.data.a.clientId)
    expect(await auditOf(db.app, db.data.a.id, db.data.a.ownerUserId)).toEqual(auditBefore)
  })
})
