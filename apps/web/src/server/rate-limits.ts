import 'server-only'
import { clientAddress, type RateLimits, rateLimitsFor } from '@portail/auth/rate-limit'
import { webEnv } from '../env'
import { getDatabase } from './database'
import { peerAddress } from './peer-address'

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

/**
 * The address a request's limits count against: the socket's, or behind TRUST_PROXY=N proxies we
 * run, the address the outermost one saw (see client-address.ts in @portail/auth).
 */
export const requestAddress = (request: Request) =>
  clientAddress(request, { trustedProxies: webEnv().trustedProxies, peer: peerAddress(request.headers) })
