import { isDomainError } from '@portail/core/errors'
import type { TRPCError } from '@trpc/server'

/**
 * A Retry-After header when a procedure of the response was refused by a limit: the longest wait
 * of them, so a client that waits that long finds every refused call allowed again.
 */
export function retryAfterMeta(errors: readonly TRPCError[]): { headers?: Record<string, string> } {
  const waits = errors.flatMap((error) => {
    const cause = error.cause
    return isDomainError(cause) && cause.code === 'RATE_LIMITED' ? [cause.details?.retryAfterSeconds ?? 1] : []
  })
  return waits.length > 0 ? { headers: { 'retry-after': String(Math.max(...waits)) } } : {}
}
