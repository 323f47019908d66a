import { rateLimitBuckets } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { identityActor } from '../src/dev/identity-context'
import { fromFlexible, hashBucketKey, PostgresBucketLimiter } from '../src/rate-limit'

/*
 * The database store of the rate limiter, on PGlite by default and on Postgres with DATABASE_URL:
 * the same counting, atomic under concurrency, restarted once a window ends, and no address kept.
 */

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const limiter = (keyPrefix: string, points: number, durationSeconds = 60) =>
  fromFlexible(new PostgresBucketLimiter({ database: db.app, keyPrefix, points, durationSeconds }))

const storedBuckets = () =>
  db.app.withTenant(identityActor, (tx) =>
    tx.select({ key: rateLimitBuckets.key, points: rateLimitBuckets.points }).from(rateLimitBuckets),
  )

describe('the Postgres bucket store', () => {
  it('allows the policy’s points, then refuses until the window ends', async () => {
    const limit = limiter('window', 3, 900)
    const decisions = []
    for (let i = 0; i < 4; i++) decisions.push(await limit.consume('ana@example.test'))
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ])
    const refused = decisions[3]
    expect(refused?.retryAfterSeconds).toBeGreaterThan(890)
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(900)
    expect((await limit.consume('bob@example.test')).allowed).toBe(true)
  })

  it('loses no update when consumptions race', async () => {
    const limit = limiter('race', 5)
    const decisions = await Promise.all(Array.from({ length: 12 }, () => limit.consume('203.0.113.7')))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5)
    const [bucket] = (await storedBuckets()).filter((row) => row.key === hashBucketKey('race:203.0.113.7'))
    expect(bucket?.points).toBe(12)
  })

  it('restarts a bucket whose window has ended', async () => {
    const limit = limiter('expiry', 2)
    await limit.consume('carla@example.test')
    await limit.consume('carla@example.test')
    expect((await limit.consume('carla@example.test')).allowed).toBe(false)
    await db.app.withTenant(identityActor, (tx) =>
      tx.update(rateLimitBuckets).set({ expiresAt: sql`now() - interval '1 second'` }),
    )
    const fresh = await limit.consume('carla@example.test')
    expect([fresh.allowed, fresh.remaining]).toEqual([true, 1])
  })

  it('keeps only a hash of the key, never the email or the address', async () => {
    await limiter('hashing', 5).consume('dora@example.test')
    const keys = (await storedBuckets()).map((row) => row.key)
    expect(keys).toContain(hashBucketKey('hashing:dora@example.test'))
    expect(keys.filter((key) => key.includes('@') || key.includes('.') || !/^[0-9a-f]{64}$/.test(key))).toEqual([])
  })
})
