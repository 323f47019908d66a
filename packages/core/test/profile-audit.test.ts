/**
 * A profile saved from a form sends every field back: the audit entry names only the fields whose
 * value changed, and a save that changed nothing writes no entry (client and staff alike).
 */
import { auditLog, clients } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, desc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientActor, StaffActor } from '../src/actors/actor-kinds'
import { getMyProfile, updateClient, updateMyProfile } from '../src/clients'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const client = (): ClientActor => ({ tenantId: db.data.a.id, userId: db.data.a.clientUserId, clientId: db.data.a.clientId })
const owner = (): StaffActor => ({ tenantId: db.data.a.id, userId: db.data.a.ownerUserId, role: 'owner' })
const asClient = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) => db.app.withTenant({ actor: 'client', ...client() }, fn)
const asOwner = <T>(fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: db.data.a.id, userId: db.data.a.ownerUserId }, fn)

/** The client's profile entries, newest first, as the field lists they carry. */
const entries = (action: 'client.profile_updated' | 'client.updated') =>
  asOwner((tx) =>
    tx
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.clientId, db.data.a.clientId), eq(auditLog.action, action)))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id)),
  ).then((rows) => rows.map((row) => (row.data as { fields?: string[] }).fields))

const address = {
  line1: '12 rue des Érables',
  city: 'Montréal',
  province: 'QC',
  postalCode: 'H2X 1Y4',
  country: 'CA',
} as const

describe('the profile audit entry', () => {
  it('names only what the client changed, and nothing is written for a save without a change', async () => {
    await asClient((tx) => updateMyProfile(tx, client(), { phone: '+14505550132', serviceAddress: address }))
    const profile = await asClient((tx) => getMyProfile(tx, client()))
    const before = await entries('client.profile_updated')
    // The whole form comes back, the phone alone changed.
    const form = {
      fullName: profile.fullName,
      phone: '+14505550199',
      // The same address, its keys in another order (as it comes back from the database).
      serviceAddress: { country: 'CA', postalCode: 'H2X 1Y4', province: 'QC', city: 'Montréal', line1: '12 rue des Érables' } as const,
      locale: profile.locale,
      communicationPreferences: profile.communicationPreferences,
    }
    await asClient((tx) => updateMyProfile(tx, client(), form))
    expect(await entries('client.profile_updated')).toEqual([['phone'], ...before])
    const updatedAt = (await asOwner((tx) => tx.select().from(clients).where(eq(clients.id, db.data.a.clientId))))[0]?.updatedAt
    await asClient((tx) => updateMyProfile(tx, client(), form))
    expect(await entries('client.profile_updated')).toEqual([['phone'], ...before])
    const after = (await asOwner((tx) => tx.select().from(clients).where(eq(clients.id, db.data.a.clientId))))[0]?.updatedAt
    expect(after).toEqual(updatedAt)
  })

  it('names only what staff changed on a client record, and nothing for an unchanged save', async () => {
    const id = db.data.a.clientId
    const current = (await asOwner((tx) => tx.select().from(clients).where(eq(clients.id, id))))[0]
    if (!current) throw new Error('no client')
    const before = await entries('client.updated')
    const data = {
      fullName: current.fullName,
      email: current.email,
      phone: current.phone,
      serviceAddress: address,
      locale: current.locale,
      communicationPreferences: current.communicationPreferences,
    }
    await asOwner((tx) => updateClient(tx, owner(), { id, data: { ...data, fullName: 'Client Alpha Renamed' } }))
    expect(await entries('client.updated')).toEqual([['fullName'], ...before])
    await asOwner((tx) => updateClient(tx, owner(), { id, data: { ...data, fullName: 'Client Alpha Renamed' } }))
    expect(await entries('client.updated')).toEqual([['fullName'], ...before])
  })
})
