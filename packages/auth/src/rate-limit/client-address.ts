/**
 * The address a request's limits are counted against.
 *
 * - `x-forwarded-for` is believed only when TRUST_PROXY=1 says a proxy we run sets it: otherwise
 *   any caller could write a fresh address into it on every request and never be limited. Its
 *   first value is the client as the (trusted) proxy saw it.
 * - Next.js route handlers are given no socket address (a plain fetch Request), so without a
 *   trusted proxy every anonymous caller shares one bucket. That errs on the side of refusing a
 *   flood rather than letting a spoofed header through; a deployment behind a load balancer sets
 *   TRUST_PROXY=1 to get per-address limits.
 */
export const sharedClientBucket = 'unknown-client'

export function clientAddress(request: Request, trustProxy: boolean): string {
  if (!trustProxy) return sharedClientBucket
  const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return first && first.length <= 64 ? first.toLowerCase() : sharedClientBucket
}
