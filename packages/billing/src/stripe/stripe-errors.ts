import Stripe from 'stripe'
import { PaymentsProviderError } from '../payments/port'

// Error types where trying again later can succeed: the network, Stripe's own 5xx, rate limits.
const retryableTypes = new Set(['StripeConnectionError', 'StripeAPIError', 'StripeRateLimitError'])
// Stripe answers 409 lock_timeout when another request holds the object: a retry is the documented fix.
const retryableCodes = new Set(['lock_timeout', 'rate_limit'])

// Stripe already masks keys in its messages; this is a second guard so that no secret or
// restricted key, nor a webhook secret, ever reaches a log line or a caller through our errors.
const secretPattern = /\b(?:sk|rk|whsec)_[A-Za-z0-9_*]+/g

export function redactSecrets(text: string): string {
  return text.replace(secretPattern, '[redacted]')
}

export function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError
}

/**
 * Any failure of a Stripe call as a PaymentsProviderError. The Stripe error is not kept as `cause`:
 * its raw payload is not ours to log, and the message with Stripe's request id is enough to find it.
 */
export function toProviderError(error: unknown, operation: string): PaymentsProviderError {
  if (error instanceof PaymentsProviderError) return error
  if (!isStripeError(error)) {
    // The SDK wraps network failures in StripeConnectionError; anything else is a bug, which a retry repeats.
    const message = error instanceof Error ? error.message : String(error)
    return new PaymentsProviderError(`${operation}: ${redactSecrets(message)}`, false, null)
  }
  const code = error.code ?? null
  const status = error.statusCode
  const retryable =
    retryableTypes.has(error.type) ||
    (status !== undefined && status >= 500) ||
    (code !== null && retryableCodes.has(code))
  const request = error.requestId === undefined ? '' : ` (request ${error.requestId})`
  return new PaymentsProviderError(
    `${operation}: ${error.type}: ${redactSecrets(error.message)}${request}`,
    retryable,
    code,
  )
}

/** Runs a Stripe call, turning whatever it throws into a PaymentsProviderError. */
export async function callStripe<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toProviderError(error, operation)
  }
}
