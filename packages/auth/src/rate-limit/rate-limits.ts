import type { Database } from '@portail/db'
import type { Redis } from 'ioredis'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { rateLimitPolicies, type RateLimitPolicyName } from './policies'
import { PostgresBucketLimiter } from './postgres-bucket-limiter'
import { fromFlexible, type RateLimiter } from './rate-limiter'
import { connectRedis, redisLimiter } from './redis-limiter'

/** Every named limit of the platform, each over the same store. */
export type RateLimits = Record<RateLimitPolicyName, RateLimiter>

/** Where counts live: Postgres/PGlite (default), Redis (REDIS_URL), or this process's memory (tests, one-off tools). */
export type RateLimitStore =
  { kind: 'postgres'; database: Database } | { kind: 'redis'; client: Redis } | { kind: 'memory' }

const policyNames = Object.keys(rateLimitPolicies) as RateLimitPolicyName[]

export function createRateLimits(store: RateLimitStore): RateLimits {
  const entries = policyNames.map((name): [RateLimitPolicyName, RateLimiter] => {
    const policy = { keyPrefix: name, ...rateLimitPolicies[name] }
    const limiter =
      store.kind === 'redis'
        ? redisLimiter({ client: store.client, ...policy })
        : store.kind === 'memory'
          ? new RateLimiterMemory({
              keyPrefix: policy.keyPrefix,
              points: policy.points,
              duration: policy.durationSeconds,
            })
          : new PostgresBucketLimiter({ database: store.database, ...policy })
    return [name, fromFlexible(limiter)]
  })
  return Object.fromEntries(entries) as RateLimits
}

/** Redis when REDIS_URL is set (several app servers share one count cheaply), else the database. */
export function rateLimitsFor(database: Database, redisUrl: string | undefined): RateLimits {
  if (redisUrl) return createRateLimits({ kind: 'redis', client: connectRedis(redisUrl) })
  return createRateLimits({ kind: 'postgres', database })
}
