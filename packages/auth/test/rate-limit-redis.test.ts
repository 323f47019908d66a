import { afterAll, describe, expect, it } from 'vitest'
import { connectRedis, createRateLimits, fromFlexible, readRateLimitEnv, redisLimiter } from '../src/rate-limit'

/*
 * The Redis store, against a real Redis only when REDIS_URL names one (.ci/run sets
 * REDIS_URL=redis://127.0.0.1:6379): the same counting as the database store, shared by every app
 * server. Keys are unique per run, since Redis keeps counts between runs.
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

  it('counts each policy in its own bucket, as production builds them (a user’s 6th business of the hour is refused)', async () => {
    const limits = createRateLimits({ kind: 'redis', client })
    const user = `user-${process.pid}-${Date.now()}`
    const decisions = []
    for (let i = 0; i < 6; i++) decisions.push(await limits.businessesPerUser.consume(user))
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false])
    expect(decisions[5]?.retryAfterSeconds).toBeGreaterThan(3500)
    expect((await limits.invitationsPerUser.consume(user)).allowed).toBe(true)
  })

  it('fails closed: a Redis that does not answer refuses by throwing, never allows', async () => {
    const down = connectRedis('redis://127.0.0.1:1')
    down.on('error', () => undefined)
    try {
      const limits = createRateLimits({ kind: 'redis', client: down })
      await expect(limits.publicTrpcPerIp.consume('203.0.113.10')).rejects.toThrow(/ECONNREFUSED|retries|Connection/i)
    } finally {
      down.disconnect()
    }
  })
})
