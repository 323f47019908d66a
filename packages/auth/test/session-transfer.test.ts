import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { sessionTransfers, users } from '@portail/db/schema'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevAuthHandlers, createDevIdentity, redeemSessionTransfer } from '../src/dev'
import { identityActor } from '../src/dev/identity-context'
import { hashTransferToken, issueSessionTransfer, transferLifetimeSeconds } from '../src/session-transfer'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const start = new Date('2026-03-02T14:00:00Z')
let clock = start
const now = () => clock

interface Fixture extends TwoTenantFixture {
  founderId: string
  goneId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    const [founder] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:luc@example.test', email: 'luc@example.test', name: 'Luc Proprio' })
      .returning({ id: users.id })
    const [gone] = await admin.db
      .insert(users)
      // Deleted after it started a business, before the hand-over was used.
      .values({ externalId: 'dev:gone@example.test', email: 'gone@example.test', name: 'Gone', deletedAt: start })
      .returning({ id: users.id })
    if (!founder || !gone) throw new Error('users not created')
    return { ...fixture, founderId: founder.id, goneId: gone.id }
  })
})
afterAll(async () => db.close())

/** A token for the founder on tenant A's portal, made at `clock` as onboarding makes it. */
const issue = (userId = db.data.founderId, tenantId = db.data.a.id) =>
  db.app.withTenant(
    { ...identityActor, userId },
    async (tx) => (await issueSessionTransfer(tx, { userId, tenantId }, clock)).token,
  )

const redeem = (token: string, tenantId: string | null = db.data.a.id) =>
  redeemSessionTransfer(db.app, { token, tenantId }, { secret, now })

const identityOf = (sessionToken: string) =>
  createDevIdentity({ database: db.app, secret, operators: [], now })(
    new Headers({ cookie: `portail_session=${sessionToken}` }),
  )

describe('handing a session over to a new portal', () => {
  it('keeps only the token’s SHA-256, for a minute', async () => {
    clock = start
    const token = await issue()
    const [row] = await db.app.withTenant(identityActor, (tx) =>
      tx
        .select()
        .from(sessionTransfers)
        .where(eq(sessionTransfers.tokenHash, hashTransferToken(token))),
    )
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(token)
    expect(row?.expiresAt.getTime()).toBe(start.getTime() + transferLifetimeSeconds * 1000)
  })

  it('signs the founder in on the business’s portal once, then refuses the same token', async () => {
    clock = start
    const token = await issue()
    clock = new Date(start.getTime() + 5_000)
    const first = await redeem(token)
    if (!first.ok) throw new Error(`refused: ${first.reason}`)
    expect(first.userId).toBe(db.data.founderId)
    expect((await identityOf(first.sessionToken))?.email).toBe('luc@example.test')
    expect(await redeem(token)).toEqual({ ok: false, reason: 'used' })
  })

  it('refuses a token past its minute', async () => {
    clock = start
    const token = await issue()
    clock = new Date(start.getTime() + transferLifetimeSeconds * 1000)
    expect(await redeem(token)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a token on another business’s portal or the platform’s site, and burns it', async () => {
    clock = start
    const token = await issue()
    expect(await redeem(token, db.data.b.id)).toEqual({ ok: false, reason: 'wrong-portal' })
    expect(await redeem(token, db.data.a.id)).toEqual({ ok: false, reason: 'used' })
    const other = await issue()
    expect(await redeem(other, null)).toEqual({ ok: false, reason: 'wrong-portal' })
  })

  it('refuses forged tokens, and a deleted account', async () => {
    clock = start
    expect(await redeem('not-a-token')).toEqual({ ok: false, reason: 'unknown' })
    expect(await redeem('A'.repeat(43))).toEqual({ ok: false, reason: 'unknown' })
    const token = await issue(db.data.goneId)
    expect(await redeem(token)).toEqual({ ok: false, reason: 'account-unavailable' })
  })
})

describe('GET /api/auth/dev/session-transfer', () => {
  const handlers = () =>
    createDevAuthHandlers({ database: db.app, mailer: { send: () => Promise.resolve() }, secret, now })
  const url = (token: string, locale = 'en') =>
    `http://alpha-pools.localhost:3000/api/auth/dev/session-transfer?${new URLSearchParams({ token, locale }).toString()}`

  it('sets this host’s session cookie and goes to the admin area', async () => {
    clock = start
    const token = await issue()
    const response = await handlers().redeemTransfer(
      new Request(url(token), { headers: { 'sec-fetch-site': 'same-site' } }),
      { tenantId: db.data.a.id },
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/en/admin')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^portail_session=[^;]+; HttpOnly; SameSite=Lax; Path=\//)
    const sessionToken = cookie.slice('portail_session='.length, cookie.indexOf(';'))
    expect((await identityOf(sessionToken))?.userId).toBe(db.data.founderId)
  })

  it('sends a refused token to the sign-in page, which says why, without a cookie', async () => {
    clock = start
    const token = await issue()
    await redeem(token)
    const response = await handlers().redeemTransfer(new Request(url(token, 'fr')), { tenantId: db.data.a.id })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/fr/sign-in?handover=used&next=%2Ffr%2Fadmin')
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('refuses a navigation started by another site without spending the token', async () => {
    clock = start
    const token = await issue()
    const target = { tenantId: db.data.a.id, platformOrigin: 'http://localhost:3000' }
    for (const referer of [null, 'https://evil.example/page', 'http://other-shop.localhost:3000/fr/admin']) {
      const headers = new Headers({ 'sec-fetch-site': 'cross-site' })
      if (referer) headers.set('referer', referer)
      const response = await handlers().redeemTransfer(new Request(url(token), { headers }), target)
      expect(response.headers.get('location')).toBe('/en/sign-in?handover=cross-site&next=%2Fen%2Fadmin')
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    // From the platform's own site (another "site" to a browser on localhost): accepted.
    const fromPlatform = await handlers().redeemTransfer(
      new Request(url(token), { headers: { 'sec-fetch-site': 'cross-site', referer: 'http://localhost:3000/' } }),
      target,
    )
    expect(fromPlatform.headers.get('location')).toBe('/en/admin')
  })
})
