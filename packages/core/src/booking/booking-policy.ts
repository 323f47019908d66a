import type { BookingPolicy } from './booking-context'
import { type BookingStatus, isActive } from './booking-status'
import { msPerHour as hour } from '@portail/validators'

export type ChangeRefusal = 'tooLate' | 'maxReschedules' | 'notActive' | 'started'

/** What a cancellation or a reschedule would cost the client now, and whether the client may do it. */
export interface ChangeQuote {
  allowed: boolean
  /** No fee and no deposit kept. */
  free: boolean
  feeCents: number
  /** The deposit paid stays with the business (instead of a percentage fee). */
  keepsDeposit: boolean
  /**
   * Cancelling costs nothing at any time before the start under this booking's policy (no late fee,
   * no deposit kept), so `freeUntil` is no deadline the client needs to hear about.
   */
  alwaysFree: boolean
  /** ISO instant the free window ends: `freeCancelHours` real hours before the start. */
  freeUntil: string
  /** Reschedules the client has left; null for a cancellation quote. */
  remainingReschedules: number | null
  refusal: ChangeRefusal | null
}

/** The facts of one booking a quote depends on: the policy is the snapshot the client agreed to. */
export interface PolicyFacts {
  policy: BookingPolicy
  status: BookingStatus
  start: number
  rescheduleCount: number
  totalCents: number
  paymentRule: 'none' | 'deposit' | 'full'
  depositCents: number | null
}

/**
 * The end of the free window. Real hours on the time line (instants), so across a DST change the
 * local clock time differs from the start's: 24 h before 10:00 the Monday after spring-forward is
 * 09:00 on the Sunday.
 */
export const freeUntilOf = (facts: Pick<PolicyFacts, 'policy' | 'start'>) =>
  facts.start - facts.policy.freeCancelHours * hour

/**
 * What cancelling late costs: the deposit when the policy keeps it and the service took one,
 * otherwise the percentage of the total, rounded to the cent. An unpaid hold never costs anything.
 */
export function lateCancelFee(facts: PolicyFacts): { feeCents: number; keepsDeposit: boolean } {
  if (facts.status === 'pending_payment') return { feeCents: 0, keepsDeposit: false }
  const deposit = facts.paymentRule === 'deposit' ? (facts.depositCents ?? 0) : 0
  if (facts.policy.lateCancelKeepsDeposit && deposit > 0)
    return { feeCents: Math.min(deposit, facts.totalCents), keepsDeposit: true }
  return { feeCents: Math.round((facts.totalCents * facts.policy.lateCancelFeePercent) / 100), keepsDeposit: false }
}

/** The client's cancellation, now: free up to and including the end of the free window. */
export function cancellationQuote(facts: PolicyFacts, now: number): ChangeQuote {
  const freeUntil = freeUntilOf(facts)
  const base = {
    freeUntil: new Date(freeUntil).toISOString(),
    remainingReschedules: null,
    alwaysFree: lateCancelFee(facts).feeCents === 0,
  }
  if (!isActive(facts.status))
    return { ...base, allowed: false, free: false, feeCents: 0, keepsDeposit: false, refusal: 'notActive' }
  if (now >= facts.start)
    return { ...base, allowed: false, free: false, feeCents: 0, keepsDeposit: false, refusal: 'started' }
  if (now <= freeUntil) return { ...base, allowed: true, free: true, feeCents: 0, keepsDeposit: false, refusal: null }
  const late = lateCancelFee(facts)
  return { ...base, ...late, allowed: true, free: late.feeCents === 0, refusal: null }
}

/** The client's reschedule, now: only inside the free window and below the reschedule limit; never a fee. */
export function rescheduleQuote(facts: PolicyFacts, now: number): ChangeQuote {
  const freeUntil = freeUntilOf(facts)
  const remainingReschedules = Math.max(0, facts.policy.maxReschedules - facts.rescheduleCount)
  const quote = (refusal: ChangeRefusal | null): ChangeQuote => ({
    allowed: refusal === null,
    free: refusal === null,
    feeCents: 0,
    keepsDeposit: false,
    // Moving is never charged, but it has a deadline: the free window is the rule it follows.
    alwaysFree: false,
    freeUntil: new Date(freeUntil).toISOString(),
    remainingReschedules,
    refusal,
  })
  if (!isActive(facts.status)) return quote('notActive')
  if (now >= facts.start) return quote('started')
  if (now > freeUntil) return quote('tooLate')
  if (remainingReschedules === 0) return quote('maxReschedules')
  return quote(null)
}
