import { z } from 'zod'
import { parseOrThrow } from '../tax/input-schema'

const platformFeeInput = z.object({
  amountCents: z.int({ error: 'amountCents must be an integer' }).min(0).max(100_000_000),
  feeBps: z.int({ error: 'feeBps must be an integer' }).min(0).max(10_000),
  feeFixedCents: z.int({ error: 'feeFixedCents must be an integer' }).min(0).max(10_000),
})

export type PlatformFeeInput = z.input<typeof platformFeeInput>

/**
 * The platform's application fee on one charge: basis points rounded half-up, plus the fixed part,
 * capped at the amount (Stripe refuses a fee larger than the charge).
 */
export function platformFeeCents(input: PlatformFeeInput): number {
  const { amountCents, feeBps, feeFixedCents } = parseOrThrow(platformFeeInput, input, 'platformFeeCents')
  const proportional = Math.floor((amountCents * feeBps * 2 + 10_000) / 20_000)
  return Math.min(amountCents, proportional + feeFixedCents)
}
