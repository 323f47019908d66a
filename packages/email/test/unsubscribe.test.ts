import { clients } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyUnsubscribe, handleUnsubscribeRequest, unsubscribeLink, unsubscribeTarget } from '../src/unsubscribe'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const preferencesOf = (tenantId: string, clientId: string) =>
  db.app.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const [row] = await tx
      .select({ preferences: clients.communicationPreferences })
      .from(clients)
      .where(eq(clients.id, clientId))
    return row?.preferences
  })

describe('applying an unsubscribe link', () => {
  it('turns that topic’s email off for that client only, keeping the rest of the choices', async () => {
    const { a } = db.data
    const before = await preferencesOf(a.id, a.clientId)
    const claims = { tenantId: a.id, clientId: a.clientId, topic: 'reminders' as const, locale: 'fr' as const }
    expect(await unsubscribeTarget(db.app, claims)).toEqual({ businessName: expect.any(String) as string })
    expect(await applyUnsubscribe(db.app, claims)).toEqual({ businessName: expect.any(String) as string })
    const after = await preferencesOf(a.id, a.clientId)
    expect(after).toEqual({ ...before, topics: { reminders: { email: false } } })
    // The same click again changes nothing; another topic adds to it.
    await applyUnsubscribe(db.app, claims)
    await applyUnsubscribe(db.app, { ...claims, topic: 'payments' })
    expect((await preferencesOf(a.id, a.clientId))?.topics).toEqual({
      reminders: { email: false },
      payments: { email: false },
    })
    expect((await preferencesOf(a.id, a.otherClientId))?.topics).toBeUndefined()
  })

  it('finds nothing for a client of another business (the token’s tenant scopes the write)', async () => {
    const { a, b } = db.data
    const claims = { tenantId: a.id, clientId: b.clientId, topic: 'reminders' as const, locale: 'en' as const }
    expect(await applyUnsubscribe(db.app, claims)).toBeNull()
    expect((await preferencesOf(b.id, b.clientId))?.topics).toBeUndefined()
  })
})

describe('the /api/unsubscribe handler', () => {
  const secret = 'a-test-unsubscribe-secret-of-at-least-32-chars'

  it('confirms on GET without changing anything, then applies the one-click POST', async () => {
    const { b } = db.data
    const { url } = unsubscribeLink(
      { tenantId: b.id, clientId: b.otherClientId, topic: 'bookingChanges', locale: 'en' },
      { portalUrl: 'https://b.portail.test', secret },
    )
    const shown = await handleUnsubscribeRequest(new Request(url), { database: db.app, secret })
    expect(shown.status).toBe(200)
    expect(await shown.text()).toContain('Stop receiving this kind of message')
    expect((await preferencesOf(b.id, b.otherClientId))?.topics).toBeUndefined()

    const posted = await handleUnsubscribeRequest(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
      { database: db.app, secret },
    )
    expect(posted.status).toBe(200)
    expect(await posted.text()).toContain('you will no longer receive these messages')
    expect((await preferencesOf(b.id, b.otherClientId))?.topics).toEqual({ bookingChanges: { email: false } })
  })

  it('refuses a tampered token and changes nothing', async () => {
    const { b } = db.data
    const { url } = unsubscribeLink(
      { tenantId: b.id, clientId: b.unlinkedClientId, topic: 'reminders', locale: 'fr' },
      { portalUrl: 'https://b.portail.test', secret },
    )
    const tampered = url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'))
    const response = await handleUnsubscribeRequest(new Request(tampered, { method: 'POST' }), {
      database: db.app,
      secret,
    })
    expect(response.status).toBe(400)
    expect((await preferencesOf(b.id, b.unlinkedClientId))?.topics).toBeUndefined()
  })
})
