import type { IdentityResolver } from '@portail/auth'
import type { RateLimiter } from '@portail/auth/rate-limit'
import { trpcRefusal } from './trpc-refusal'

const tooMany = 'Trop de requêtes : réessayez dans un instant. / Too many requests: try again in a moment.'

/** Resolves the caller once per request, however many times tRPC and this guard ask. */
export function resolveOnce(resolve: IdentityResolver): IdentityResolver {
  let resolved: ReturnType<IdentityResolver> | undefined
  return (headers) => {
    resolved ??= resolve(headers)
    return resolved
  }
}

/**
 * Anonymous visitors' tRPC calls count against their address; signed-in callers do not (they are
 * accountable, and an office sharing one address must not lock its own staff out). The caller is
 * resolved first rather than guessed from a cookie's presence, so a forged cookie buys no exemption.
 * `cost`: how many procedures the request calls (a batch counts each). Returns the 429 to send,
 * or null to go on.
 */
export async function limitAnonymousTrpc(
  request: Request,
  identity: IdentityResolver,
  limiter: RateLimiter,
  address: string,
  options: { cost?: number } = {},
): Promise<Response | null> {
  if (await identity(request.headers)) return null
  const decision = await limiter.consume(address, options.cost ?? 1)
  if (decision.allowed) return null
  return trpcRefusal(429, 'RATE_LIMITED', tooMany, { 'retry-after': String(decision.retryAfterSeconds) })
}
