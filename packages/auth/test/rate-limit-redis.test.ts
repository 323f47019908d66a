import { afterAll, describe, expect, it } from 'vitest'
import { connectRedis, fromFlexible, readRateLimitEnv, redisLimiter } from '../src/rate-limit'

/*
 * The Redis store, against a real Redis only when REDIS_URL names one (CI does not): the same
 * counting as the database store, shared by every app server.
 */
const { redisUrl } = readRateLimitEnv()
if (!redisUrl) console.info('[rate-limit] REDIS_URL is not set: the Redis store tests are skipped.')

describe.skipIf(!redisUrl)('the Redis store', () => {
  const client = connectRedis(redisUrl ?? 'redis://127.0.0.1:6379')
  afterAll(async () => {
    await client.quit()
  })

  it('allows the policy’s points, then refuses with a retry delay, under concurrency', async () => {
    const keyPrefix = `test-${process.pid}-${Date.now()}`
    const limit = fromFlexible(redisLimiter({ client, keyPrefix, points: 5, durationSeconds: 60 }))
    const decisions = await Promise.all(Array.from({ length: 8 }, () => limit.consume('203.0.113.9')))
    const refused = decisions.filter((d) => !d.allowed)
    expect(refused).toHaveLength(3)
    expect(refused[0]?.retryAfterSeconds).toBeGreaterThan(50)
    expect((await limit.consume('198.51.100.1')).allowed).toBe(true)
  })
})
