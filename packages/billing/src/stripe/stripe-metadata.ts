import type Stripe from 'stripe'

/**
 * Copies metadata keeping string values only: metadata comes back from Stripe (or from a forged
 * simulator payload) and is never trusted for more than the ids we put there ourselves.
 */
export function stringMetadata(metadata: Stripe.Metadata | null | undefined): Record<string, string> {
  const copy: Record<string, string> = {}
  if (metadata === null || metadata === undefined) return copy
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value === 'string') copy[key] = value
  }
  return copy
}

/** An expandable Stripe reference (`'pi_123'` or the expanded object) reduced to its id. */
export function refId(ref: string | { id: string } | null | undefined): string | null {
  if (ref === null || ref === undefined) return null
  return typeof ref === 'string' ? ref : ref.id
}
