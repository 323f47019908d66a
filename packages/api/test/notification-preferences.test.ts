import type { AdminConnection } from '@portail/db/admin'
import { auditLog, clients, consentRecords, memberships, tenants } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { TRPCError } from '@trpc/server'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'

/** The two-tenant fixture, where A's other client has no phone number. */
async function fixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const f = await twoTenantFixture(admin)
  await admin.db.update(clients).set({ phone: null }).where(eq(clients.id, f.a.otherClientId))
  return f
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const asClient = (userId: string) => callerFor(db.app, { host: hostOf(db.data.a.slug), userId })
const asMember = (userId: string) =>
  callerFor(db.app, { host: hostOf(db.data.a.slug), userId, secondFactorAgeMinutes: 0 })

const prefs = (over: { sms?: boolean; email?: boolean } = {}) => ({
  channels: { email: over.email ?? true, sms: over.sms ?? false, push: true },
  topics: { reminders: { email: false }, bookingChanges: {}, payments: {}, messages: {} },
  marketing: false,
  locale: 'fr' as const,
})

/** What is stored, read as the business's system actor, whoever asked. */
const storedPreferences = async (clientId: string) => {
  const [row] = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select({ preferences: clients.communicationPreferences })
      .from(clients)
      .where(and(eq(clients.tenantId, db.data.a.id), eq(clients.id, clientId))),
  )
  return row?.preferences
}

const smsConsents = (clientId: string) =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select({ version: consentRecords.version, userId: consentRecords.userId })
      .from(consentRecords)
      .where(
        and(
          eq(consentRecords.tenantId, db.data.a.id),
          eq(consentRecords.clientId, clientId),
          eq(consentRecords.kind, 'sms'),
        ),
      ),
  )

describe('notification preferences', () => {
  it('changes the signed-in client’s own preferences and never another client’s', async () => {
    const before = await storedPreferences(db.data.a.otherClientId)
    const saved = await (await asClient(db.data.a.clientUserId)).notificationPreferences.update(prefs())
    expect(saved.topics).toEqual({ reminders: { email: false } })
    expect((await storedPreferences(db.data.a.clientId))?.topics).toEqual({ reminders: { email: false } })
    expect(await storedPreferences(db.data.a.otherClientId)).toEqual(before)
    // The input names no client: extra keys are refused, not used.
    const sneaky = { ...prefs(), clientId: db.data.a.otherClientId } as unknown as ReturnType<typeof prefs>
    await expect(
      (await asClient(db.data.a.clientUserId)).notificationPreferences.update(sneaky),
    ).rejects.toBeInstanceOf(TRPCError)
    expect(await storedPreferences(db.data.a.otherClientId)).toEqual(before)
  })

  it('records the SMS consent with the wording version when SMS is turned on, and its withdrawal', async () => {
    const caller = await asClient(db.data.a.clientUserId)
    const on = await caller.notificationPreferences.update(prefs({ sms: true }))
    expect(on.channels.sms).toBe(true)
    expect(await smsConsents(db.data.a.clientId)).toEqual([
      { version: on.smsWordingVersion, userId: db.data.a.clientUserId },
    ])
    expect(on.smsConsent?.version).toBe(on.smsWordingVersion)
    await caller.notificationPreferences.update(prefs({ sms: false }))
    const withdrawn = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .select({ data: auditLog.data })
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, db.data.a.id), eq(auditLog.clientId, db.data.a.clientId))),
    )
    expect(withdrawn.map((row) => row.data)).toContainEqual(
      expect.objectContaining({ smsConsent: 'withdrawn', smsConsentVersion: on.smsWordingVersion }),
    )
  })

  it('refuses SMS to a client without a phone number, changing nothing', async () => {
    const caller = await asClient(db.data.a.otherClientUserId)
    const error = await caller.notificationPreferences.update(prefs({ sms: true })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('CONFLICT')
    expect(await smsConsents(db.data.a.otherClientId)).toEqual([])
    expect((await storedPreferences(db.data.a.otherClientId))?.sms).toBe(false)
  })

  it('lets each team member choose their own notices, not a colleague’s', async () => {
    const off = { email: false, push: true }
    const on = { email: true, push: true }
    const staff = await asMember(db.data.a.staffUserId)
    const mine = await staff.staff.preferences.updateNotices({
      bookingCreated: off,
      bookingCancelled: on,
      bookingRescheduled: on,
      messages: on,
    })
    expect(mine.bookingCreated).toEqual(off)
    const owner = await (await asMember(db.data.a.ownerUserId)).staff.preferences.notices()
    expect(owner.bookingCreated).toEqual(on)
    const [stored] = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .select({ preferences: memberships.notificationPreferences })
        .from(memberships)
        .where(and(eq(memberships.tenantId, db.data.a.id), eq(memberships.userId, db.data.a.ownerUserId))),
    )
    expect(stored?.preferences).toEqual({})
  })

  it('keeps the business’s quiet hours in its settings, beside the rest', async () => {
    const owner = await asMember(db.data.a.ownerUserId)
    expect(await owner.staff.preferences.quietHours()).toEqual({
      start: '21:00',
      end: '08:00',
      timeZone: 'America/Toronto',
    })
    await owner.staff.preferences.updateQuietHours({ start: '20:30', end: '07:15' })
    const [row] = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, db.data.a.id)),
    )
    expect(row?.settings).toMatchObject({ quietHours: { start: '20:30', end: '07:15' } })
    await expect(owner.staff.preferences.updateQuietHours({ start: '09:00', end: '09:00' })).rejects.toBeInstanceOf(
      TRPCError,
    )
  })
})
