import type { PaymentEvent } from '@portail/billing'
import type { Tx } from '@portail/db'
import { checkoutSessions, payments, refunds, stripeEvents } from '@portail/db/schema'
import { and, eq, or } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { applyAccountStatus } from './account-status'
import { applyCardAttached, applyCardDetached } from './apply-card-event'
import { applySubscriptionInvoice, applySubscriptionUpdated } from './apply-subscription-event'
import { type ApplyResult, asUuid, outcomeOnly } from './follow-ups'
import { lockRefund } from './send-refund'
import { failCardPayment, findCheckout, settleCardPayment } from './settle-card-payment'
import { settleRefund } from './settle-refund'

const metadataOf = (event: PaymentEvent): Record<string, string> | null => ('metadata' in event ? event.metadata : null)

/**
 * Applies one Stripe event to one tenant, exactly once, inside the caller's transaction (the
 * tenant's system actor; the tenant was resolved from event.account, never from the event's data):
 * 1. the event id is inserted into stripe_events first (on conflict do nothing): a replay, even a
 *    concurrent one, waits on the primary key and finds it taken: 'duplicate', no effect;
 * 2. metadata naming another tenant is refused (recorded 'refused', audited), nothing applied;
 * 3. the effect, written so that any order of events about one object ends in the same state.
 * The recorded outcome is what the effect answered.
 */
export async function applyPaymentEvent(tx: Tx, tenantId: string, event: PaymentEvent): Promise<ApplyResult> {
  const [recorded] = await tx
    .insert(stripeEvents)
    .values({ tenantId, eventId: event.id, type: event.type.slice(0, 200), account: event.account, outcome: 'applied' })
    .onConflictDoNothing()
    .returning({ eventId: stripeEvents.eventId })
  if (!recorded) return outcomeOnly('duplicate')

  const claimed = metadataOf(event)?.tenantId
  const result =
    claimed !== undefined && claimed !== tenantId
      ? await refuse(tx, tenantId, event, claimed)
      : await applyEffect(tx, tenantId, event)
  if (result.outcome !== 'applied')
    await tx
      .update(stripeEvents)
      .set({ outcome: result.outcome === 'duplicate' ? 'duplicate_object' : result.outcome })
      .where(and(eq(stripeEvents.tenantId, tenantId), eq(stripeEvents.eventId, event.id)))
  return result
}

async function refuse(tx: Tx, tenantId: string, event: PaymentEvent, claimed: string): Promise<ApplyResult> {
  await appendAudit(tx, {
    tenantId,
    actorUserId: null,
    actorRole: 'system',
    action: 'payments.webhook_refused',
    entityType: 'stripe_event',
    entityId: null,
    clientId: null,
    details: { eventId: event.id.slice(0, 255), type: event.type.slice(0, 100), claimedTenant: claimed.slice(0, 64) },
    reason: 'metadata names another business than the connected account',
  })
  return outcomeOnly('refused')
}

async function applyEffect(tx: Tx, tenantId: string, event: PaymentEvent): Promise<ApplyResult> {
  const at = new Date(event.created * 1000)
  switch (event.kind) {
    case 'account.updated':
      // Another business's account id in the body (ours resolved from event.account) is refused.
      if (event.status.accountId !== event.account) return outcomeOnly('refused')
      return outcomeOnly(await applyAccountStatus(tx, tenantId, event.status, at))
    case 'checkout.completed': {
      const checkout = await findCheckout(tx, tenantId, {
        sessionId: event.sessionId,
        checkoutId: event.clientReferenceId ?? event.metadata.checkoutId,
      })
      if (!checkout) return outcomeOnly('ignored')
      if (event.mode === 'payment' && event.paymentStatus === 'paid' && event.paymentIntentId)
        return settleCardPayment(
          tx,
          tenantId,
          {
            paymentIntentId: event.paymentIntentId,
            amountCents: event.amountTotalCents,
            currency: event.currency,
            applicationFeeCents: null,
            card: null,
          },
          checkout,
          at,
        )
      const moved = await tx
        .update(checkoutSessions)
        .set({ status: 'complete', stripeSessionId: checkout.stripeSessionId ?? event.sessionId, updatedAt: at })
        .where(
          and(
            eq(checkoutSessions.tenantId, tenantId),
            eq(checkoutSessions.id, checkout.id),
            eq(checkoutSessions.status, 'open'),
          ),
        )
        .returning({ id: checkoutSessions.id })
      return outcomeOnly(moved.length > 0 ? 'applied' : 'duplicate_object')
    }
    case 'checkout.expired': {
      const checkout = await findCheckout(tx, tenantId, {
        sessionId: event.sessionId,
        checkoutId: event.clientReferenceId ?? event.metadata.checkoutId,
      })
      if (!checkout) return outcomeOnly('ignored')
      const moved = await tx
        .update(checkoutSessions)
        .set({ status: 'expired', updatedAt: at })
        .where(
          and(
            eq(checkoutSessions.tenantId, tenantId),
            eq(checkoutSessions.id, checkout.id),
            eq(checkoutSessions.status, 'open'),
          ),
        )
        .returning({ id: checkoutSessions.id })
      return outcomeOnly(moved.length > 0 ? 'applied' : 'duplicate_object')
    }
    case 'payment.succeeded': {
      const checkout = await findCheckout(tx, tenantId, { checkoutId: event.metadata.checkoutId })
      return settleCardPayment(
        tx,
        tenantId,
        {
          paymentIntentId: event.paymentIntentId,
          amountCents: event.amountCents,
          currency: event.currency,
          applicationFeeCents: event.applicationFeeCents,
          card: event.card,
        },
        checkout,
        at,
      )
    }
    case 'payment.failed': {
      const checkout = await findCheckout(tx, tenantId, { checkoutId: event.metadata.checkoutId })
      return failCardPayment(
        tx,
        tenantId,
        {
          paymentIntentId: event.paymentIntentId,
          amountCents: event.amountCents,
          code: event.declineCode ?? event.failureCode,
          message: event.message,
        },
        checkout,
        at,
      )
    }
    case 'refund.updated': {
      const ours = asUuid(event.metadata.refundId)
      const [found] = await tx
        .select({ id: refunds.id })
        .from(refunds)
        .innerJoin(payments, and(eq(payments.tenantId, refunds.tenantId), eq(payments.id, refunds.paymentId)))
        .where(
          and(
            eq(refunds.tenantId, tenantId),
            eq(payments.stripePaymentIntentId, event.paymentIntentId),
            ours
              ? or(eq(refunds.stripeRefundId, event.refundId), eq(refunds.id, ours))
              : eq(refunds.stripeRefundId, event.refundId),
          ),
        )
      // A refund made from Stripe's dashboard names nothing of ours: reconciliation reports it.
      const refund = found ? await lockRefund(tx, tenantId, found.id) : undefined
      if (!refund) return outcomeOnly('ignored')
      return settleRefund(
        tx,
        tenantId,
        refund,
        { status: event.status, stripeRefundId: event.refundId },
        { userId: null, role: 'system' },
        at,
      )
    }
    case 'card.attached':
      return applyCardAttached(tx, tenantId, event.customerId, event.card)
    case 'card.detached':
      return applyCardDetached(tx, tenantId, event.paymentMethodId, at)
    case 'subscription.updated':
      return applySubscriptionUpdated(tx, tenantId, event)
    case 'subscription.invoice_paid':
    case 'subscription.invoice_failed':
      return applySubscriptionInvoice(tx, tenantId, event)
    case 'ignored':
      return outcomeOnly('ignored')
  }
}
