import 'server-only'
import { clientAddress, type RateLimits, rateLimitsFor } from '@portail/auth/rate-limit'
import { webEnv } from '../env'
import { getDatabase } from './database'

// One set of limiters per process, like the database (see database.ts for why globalThis): with
// REDIS_URL it holds the one Redis connection, which must not be opened per request.
const slot = Symbol.for('portail.web.rate-limits')

type Holder = typeof globalThis & { [slot]?: Promise<RateLimits> }

/** This process's rate limiters: Redis when REDIS_URL is set, else the database's buckets. */
export function getRateLimits(): Promise<RateLimits> {
  const holder = globalThis as Holder
  holder[slot] ??= getDatabase().then((database) => rateLimitsFor(database, webEnv().rateLimit.redisUrl))
  return holder[slot]
}

/** The address a request's limits count against (TRUST_PROXY decides whether x-forwarded-for is believed). */
export const requestAddress = (request: Request) => clientAddress(request, webEnv().trustProxy)
