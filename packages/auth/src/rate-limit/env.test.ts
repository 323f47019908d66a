import { describe, expect, it } from 'vitest'
import { readRateLimitEnv } from './env'

describe('readRateLimitEnv', () => {
  it('keeps the counters in the database unless REDIS_URL names a Redis', () => {
    expect(readRateLimitEnv({})).toEqual({ redisUrl: undefined })
    expect(readRateLimitEnv({ REDIS_URL: ' ' })).toEqual({ redisUrl: undefined })
    expect(readRateLimitEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379')
  })

  it('refuses a URL that is not a Redis one', () => {
    expect(() => readRateLimitEnv({ REDIS_URL: 'postgres://x@y/z' })).toThrow(/REDIS_URL/)
  })
})
