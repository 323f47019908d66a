/**
 * Work an applied event leaves for after its commit, because it calls Stripe and no network call
 * runs inside a transaction: today, sending a refund our system decided (a payment that arrived
 * after its hold was released).
 */
export interface FollowUp {
  kind: 'refund'
  tenantId: string
  refundId: string
}

export type EventOutcome = 'applied' | 'ignored' | 'unknown_account' | 'refused' | 'duplicate_object' | 'duplicate'

export interface ApplyResult {
  outcome: EventOutcome
  followUps: FollowUp[]
}

export const outcomeOnly = (outcome: EventOutcome): ApplyResult => ({ outcome, followUps: [] })

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** An id read from Stripe metadata or client_reference_id, as one of our uuids, or null. */
export const asUuid = (value: string | null | undefined): string | null =>
  value !== null && value !== undefined && uuidPattern.test(value) ? value.toLowerCase() : null

/** Who moves money in an audit entry: a staff member, or the system (webhooks, workflows). */
export interface MoneyActor {
  userId: string | null
  role: 'owner' | 'admin' | 'staff' | 'system'
}
