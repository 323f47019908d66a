import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'

export interface RateLimitDecision {
  allowed: boolean
  /** Seconds until the bucket frees a point again (0 while allowed with points left). */
  retryAfterSeconds: number
  /** Points left in the current window after this consumption. */
  remaining: number
}

/** One named limit (one policy) over any store: consume points from the bucket of `key`. */
export interface RateLimiter {
  consume(key: string, cost?: number): Promise<RateLimitDecision>
}

const decision = (res: RateLimiterRes, allowed: boolean): RateLimitDecision => ({
  allowed,
  retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  remaining: res.remainingPoints,
})

/**
 * rate-limiter-flexible rejects with a RateLimiterRes when the bucket is spent and with an Error
 * when the store fails; only the first is a refusal. A store failure propagates: a limiter that
 * cannot count must not silently let everything through (it fails closed, as a 500).
 */
export function fromFlexible(limiter: RateLimiterAbstract): RateLimiter {
  return {
    async consume(key, cost = 1) {
      try {
        return decision(await limiter.consume(key, cost), true)
      } catch (rejection: unknown) {
        if (rejection instanceof RateLimiterRes) return decision(rejection, false)
        throw rejection
      }
    },
  }
}
