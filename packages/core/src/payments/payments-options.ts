/** The platform's share of a charge when a business has no fee of its own (operators set one per business). */
export interface PlatformFee {
  feeBps: number
  feeFixedCents: number
}

/**
 * What the API passes from configuration. `defaultFee` is the configured default (the env module
 * reads it); without it the platform takes nothing. `now` is injected by tests.
 */
export interface PaymentsOptions {
  now?: number
  defaultFee?: PlatformFee
}

export const noPlatformFee: PlatformFee = { feeBps: 0, feeFixedCents: 0 }
