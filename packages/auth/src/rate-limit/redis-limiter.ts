import { Redis } from 'ioredis'
import { RateLimiterRedis } from 'rate-limiter-flexible'

export interface RedisLimiterOptions {
  client: Redis
  keyPrefix: string
  points: number
  durationSeconds: number
}

/**
 * ioredis is the client rate-limiter-flexible is built around (its default; node-redis needs a
 * flag). Keys are the library's own `prefix:key`: Redis buckets expire by themselves and are never
 * written to disk by us, so they are not hashed like the Postgres ones.
 */
export const redisLimiter = (options: RedisLimiterOptions) =>
  new RateLimiterRedis({
    storeClient: options.client,
    keyPrefix: `portail:rl:${options.keyPrefix}`,
    points: options.points,
    duration: options.durationSeconds,
  })

/** One connection per process; a command waits at most a few retries rather than forever. */
export const connectRedis = (url: string) => new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false })
