import type { ActorContext } from '@portail/db'
import { rateLimitBuckets, sessionTransfers, signInCodes, tenants, userSessions, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevIdentity, requestSignInCode, signOut, verifySignInCode } from '../src/dev'
import { purgeExpiredIdentityRows } from '../src/purge-expired-identity-rows'
import { issueSessionTransfer } from '../src/session-transfer'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const identityActor: ActorContext = { actor: 'identity', tenantId: null }
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000)

let db: TestDatabase<{ tenantId: string }>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const [tenant] = await admin.db
      .insert(tenants)
      .values({ slug: 'purge-pools', name: 'Purge', trade: 'pool_care' })
      .returning({ id: tenants.id })
    if (!tenant) throw new Error('tenant not created')
    return { tenantId: tenant.id }
  })
})
afterAll(async () => db.close())

async function signInAt(email: string, at: Date) {
  const options = { secret, now: () => at }
  await requestSignInCode(db.app, createOutboxMailer(db.app), { email, locale: 'fr' }, options)
  const [mail] = await readLocalMailbox(db.app, email, { kind: 'sign-in-code', limit: 1 })
  const result = await verifySignInCode(db.app, { email, code: mail?.subject.slice(0, 6) ?? '' }, options)
  if (!result.ok) throw new Error(result.reason)
  return result.sessionToken
}

const remaining = () =>
  db.app.withTenant(identityActor, async (tx) => ({
    codes: (await tx.select({ email: signInCodes.email }).from(signInCodes).orderBy(asc(signInCodes.email))).map(
      (row) => row.email,
    ),
    sessions: (await tx.select({ id: userSessions.id }).from(userSessions)).length,
    buckets: (await tx.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((row) => row.key),
    transfers: (await tx.select({ id: sessionTransfers.id }).from(sessionTransfers)).length,
  }))

describe('purgeExpiredIdentityRows', () => {
  it('deletes old codes, finished sessions, old session transfers and closed rate-limit windows, and keeps everything still in use', async () => {
    // 8 days ago: the code is long expired and the 7-day session has run out.
    await signInAt('old@example.test', hoursAgo(8 * 24))
    // 23 hours ago: the code expired less than a day ago; the session is live.
    const live = await signInAt('recent@example.test', hoursAgo(23))
    // Signed out an hour ago: the session is over, its code is recent.
    const ended = await signInAt('gone@example.test', hoursAgo(1))
    await signOut(db.app, ended, { secret })
    await db.app.withTenant(identityActor, (tx) =>
      tx.insert(rateLimitBuckets).values([
        { key: 'closed', points: 3, expiresAt: hoursAgo(0.1) },
        { key: 'open', points: 1, expiresAt: new Date(Date.now() + 600_000) },
      ]),
    )

    // A hand-over made two days ago (long over) and one made a minute ago (kept a day past expiry).
    await db.app.withTenant(identityActor, async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'recent@example.test'))
      const target = { userId: user?.id ?? '', tenantId: db.data.tenantId }
      await issueSessionTransfer(tx, target, hoursAgo(48))
      await issueSessionTransfer(tx, target, hoursAgo(0.02))
    })

    expect(await purgeExpiredIdentityRows(db.app)).toEqual({
      signInCodes: 1,
      sessions: 2,
      rateLimitBuckets: 1,
      sessionTransfers: 1,
    })
    expect(await remaining()).toEqual({
      codes: ['gone@example.test', 'recent@example.test'],
      sessions: 1,
      buckets: ['open'],
      transfers: 1,
    })
    const identity = createDevIdentity({ database: db.app, secret, operators: [] })
    expect((await identity(new Headers({ cookie: `portail_session=${live}` })))?.email).toBe('recent@example.test')

    expect(await purgeExpiredIdentityRows(db.app)).toEqual({
      signInCodes: 0,
      sessions: 0,
      rateLimitBuckets: 0,
      sessionTransfers: 0,
    })
  })
})
