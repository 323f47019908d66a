import type { PaymentEvent } from '@portail/billing'
import type { Tx } from '@portail/db'
import { planSubscriptions } from '@portail/db/schema'
import { and, eq, isNull, lte, or } from 'drizzle-orm'
import { type ApplyResult, asUuid, outcomeOnly } from './follow-ups'

type SubscriptionEvent = Extract<PaymentEvent, { kind: 'subscription.updated' }>
type SubscriptionInvoiceEvent = Extract<
  PaymentEvent,
  { kind: 'subscription.invoice_paid' | 'subscription.invoice_failed' }
>

const byStripeOrOurs = (tenantId: string, stripeId: string, ourId: string | null) =>
  and(
    eq(planSubscriptions.tenantId, tenantId),
    ourId
      ? or(eq(planSubscriptions.stripeSubscriptionId, stripeId), eq(planSubscriptions.id, ourId))
      : eq(planSubscriptions.stripeSubscriptionId, stripeId),
  )

/**
 * customer.subscription.*: the plan subscription takes Stripe's status, period end and
 * cancel-at-period-end, unless a newer event already set them (status_updated_at, by
 * event.created): events of one subscription arrive in any order.
 */
export async function applySubscriptionUpdated(
  tx: Tx,
  tenantId: string,
  event: SubscriptionEvent,
): Promise<ApplyResult> {
  const at = new Date(event.created * 1000)
  const updated = await tx
    .update(planSubscriptions)
    .set({
      stripeSubscriptionId: event.subscriptionId,
      status: event.status,
      currentPeriodEnd: event.currentPeriodEnd === null ? null : new Date(event.currentPeriodEnd * 1000),
      cancelAtPeriodEnd: event.cancelAtPeriodEnd,
      statusUpdatedAt: at,
      updatedAt: new Date(),
    })
    .where(
      and(
        byStripeOrOurs(tenantId, event.subscriptionId, asUuid(event.metadata.subscriptionId)),
        or(isNull(planSubscriptions.statusUpdatedAt), lte(planSubscriptions.statusUpdatedAt, at)),
      ),
    )
    .returning({ id: planSubscriptions.id })
  return outcomeOnly(updated.length > 0 ? 'applied' : 'ignored')
}

/**
 * invoice.paid / invoice.payment_failed of a subscription: a failure after Stripe's last retry
 * (no next attempt) flags the subscription (payment_failed_at) so staff see it and the plan's
 * bookings can be flagged; a paid invoice clears the flag. Mirroring Stripe's invoice as one of
 * ours (number, taxes, PDF) is not done yet (docs/decisions/payments.md).
 */
export async function applySubscriptionInvoice(
  tx: Tx,
  tenantId: string,
  event: SubscriptionInvoiceEvent,
): Promise<ApplyResult> {
  const where = byStripeOrOurs(tenantId, event.subscriptionId, asUuid(event.metadata.subscriptionId))
  if (event.kind === 'subscription.invoice_failed' && event.nextPaymentAttempt !== null) return outcomeOnly('ignored')
  const updated = await tx
    .update(planSubscriptions)
    .set({
      paymentFailedAt: event.kind === 'subscription.invoice_failed' ? new Date(event.created * 1000) : null,
      updatedAt: new Date(),
    })
    .where(where)
    .returning({ id: planSubscriptions.id })
  return outcomeOnly(updated.length > 0 ? 'applied' : 'ignored')
}
