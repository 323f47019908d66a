import { isIP } from 'node:net'

/** Where the limits of a request without a usable address are counted: one bucket for all of them. */
export const sharedClientBucket = 'unknown-client'

/** An IP address as a bucket key: lower case, `::ffff:203.0.113.5` read as 203.0.113.5; null if not an address. */
export function normalizeAddress(address: string): string | null {
  const trimmed = address.trim().toLowerCase()
  const unmapped = trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
  return isIP(unmapped) ? unmapped : null
}

export interface AddressSources {
  /**
   * How many proxies we run in front of the app (TRUST_PROXY). Each appends the address it saw
   * to `X-Forwarded-For`, so the client is the value this many places from the right; anything
   * further left was written by the client and proves nothing.
   */
  trustedProxies: number
  /** The socket's address (see apps/web/src/server/peer-address.ts); null when unknown. */
  peer: string | null
}

/**
 * The address a request's limits are counted against.
 *
 * - No trusted proxy: the socket's address. `X-Forwarded-For` is ignored, since any caller could
 *   write a fresh address into it on every request and never be limited.
 * - N trusted proxies: the Nth value of `X-Forwarded-For` from the right, the address our
 *   outermost proxy saw. A header with fewer values did not come through all of them (or a proxy
 *   does not append): the socket's address is used then, never a value the client could write.
 * - Neither known (a request that reached the server before the peer stamp was installed): one
 *   shared bucket, which errs on the side of refusing a flood rather than letting it through.
 */
export function clientAddress(request: Request, sources: AddressSources): string {
  const { trustedProxies, peer } = sources
  const fallback = (peer === null ? null : normalizeAddress(peer)) ?? sharedClientBucket
  if (trustedProxies === 0) return fallback
  // Several x-forwarded-for lines arrive joined with commas, in order, as one list.
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim())
  const values = hops.length === 1 && hops[0] === '' ? [] : hops
  if (values.length < trustedProxies) return fallback
  return normalizeAddress(values[values.length - trustedProxies] ?? '') ?? fallback
}
