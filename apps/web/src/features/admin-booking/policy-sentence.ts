/** The cancellation and reschedule policy of the business (tenant booking settings). */
export interface PolicyLike {
  freeCancelHours: number
  lateCancelFeePercent: number
  lateCancelKeepsDeposit: boolean
  maxReschedules: number
}

/** One sentence of the policy as clients read it; the screen words each kind from the catalog. */
export type PolicyPart =
  | { kind: 'freeUntilStart' }
  | { kind: 'freeUntilHours'; hours: number }
  | { kind: 'lateFree' }
  | { kind: 'lateFee'; percent: number }
  | { kind: 'lateDeposit' }
  | { kind: 'lateDepositOrFee'; percent: number }
  | { kind: 'noReschedule' }
  | { kind: 'reschedules'; count: number }

/**
 * The policy in the order a client asks about it: until when it is free, what a late cancellation
 * costs (the kept deposit wins over the percentage when the service took one, as the server
 * computes it), and how many times a booking may be moved (inside the free window only).
 */
export function policyParts(policy: PolicyLike): PolicyPart[] {
  const parts: PolicyPart[] = [
    policy.freeCancelHours === 0 ? { kind: 'freeUntilStart' } : { kind: 'freeUntilHours', hours: policy.freeCancelHours },
  ]
  const percent = policy.lateCancelFeePercent
  if (policy.freeCancelHours > 0) {
    if (policy.lateCancelKeepsDeposit) parts.push(percent > 0 ? { kind: 'lateDepositOrFee', percent } : { kind: 'lateDeposit' })
    else parts.push(percent > 0 ? { kind: 'lateFee', percent } : { kind: 'lateFree' })
  }
  parts.push(policy.maxReschedules === 0 ? { kind: 'noReschedule' } : { kind: 'reschedules', count: policy.maxReschedules })
  return parts
}
