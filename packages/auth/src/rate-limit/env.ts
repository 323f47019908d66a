import { z } from 'zod'

export interface RateLimitEnv {
  /** Redis for the rate limiter's counters (REDIS_URL); unset, they live in the database. */
  redisUrl: string | undefined
}

const redisUrl = z.url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a redis:// or rediss:// URL.' })

export function readRateLimitEnv(source: Record<string, string | undefined> = process.env): RateLimitEnv {
  const configured = source.REDIS_URL?.trim()
  if (!configured) return { redisUrl: undefined }
  const parsed = redisUrl.safeParse(configured)
  if (!parsed.success) throw new Error('REDIS_URL must be a redis:// or rediss:// URL.')
  return { redisUrl: parsed.data }
}
