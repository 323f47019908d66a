import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { payments, refunds, tenantPaymentSettings } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import { and, eq, isNull } from 'drizzle-orm'
import { applyPaymentEvent } from './apply-payment-event'
import type { EventOutcome, FollowUp } from './follow-ups'
import { runFollowUps } from './handle-stripe-webhook'
import { callProvider } from './provider-call'
import { sendRefund } from './send-refund'

export type ReconcileCounts = Record<EventOutcome, number> & { refundsSent: number }

const zero = (): ReconcileCounts => ({
  applied: 0,
  ignored: 0,
  unknown_account: 0,
  refused: 0,
  duplicate_object: 0,
  duplicate: 0,
  refundsSent: 0,
})

/**
 * Repairs what a lost webhook missed, for one business (the daily reconciliation calls it per
 * connected account): what Stripe lists since `since` (checkout sessions, payment intents,
 * refunds, as events) goes through the very apply path of the webhook, each in its own system
 * transaction, so a payment already applied stays as it is (idempotent by object, not only by
 * event id); then refunds left pending without a Stripe id (an outage at the time) are sent again
 * with their same key. Returns what each item came to.
 */
export async function reconcileAccount(
  database: Database,
  processor: PaymentsPort,
  input: { tenantId: string; since: Date },
  now = Date.now(),
): Promise<ReconcileCounts> {
  const { tenantId } = input
  const asSystem = { actor: 'system' as const, tenantId }
  const counts = zero()
  const accountId = await database.withTenant(asSystem, async (tx) => {
    const [row] = await tx
      .select({ accountId: tenantPaymentSettings.stripeAccountId })
      .from(tenantPaymentSettings)
      .where(eq(tenantPaymentSettings.tenantId, tenantId))
    return row?.accountId ?? null
  })
  if (!accountId) return counts
  const activity = await callProvider(() => processor.listRecentActivity({ accountId, since: input.since }))
  const followUps: FollowUp[] = []
  // Sessions first, then intents, then refunds: the order a webhook would most often bring them.
  for (const event of [...activity.checkoutSessions, ...activity.paymentIntents, ...activity.refunds]) {
    const result = await nudgeOutboxAfter(() =>
      database.withTenant(asSystem, (tx) => applyPaymentEvent(tx, tenantId, { ...event, account: accountId })),
    )
    counts[result.outcome] += 1
    followUps.push(...result.followUps)
  }
  await runFollowUps(database, processor, followUps, now)

  const unsent = await database.withTenant(asSystem, (tx) =>
    tx
      .select({ id: refunds.id })
      .from(refunds)
      .innerJoin(payments, and(eq(payments.tenantId, refunds.tenantId), eq(payments.id, refunds.paymentId)))
      .where(
        and(
          eq(refunds.tenantId, tenantId),
          eq(refunds.status, 'pending'),
          isNull(refunds.stripeRefundId),
          eq(payments.method, 'card'),
        ),
      ),
  )
  for (const { id } of unsent) {
    const sent = await nudgeOutboxAfter(() =>
      sendRefund(database, processor, tenantId, id, { userId: null, role: 'system' }, now),
    ).catch(() => 'skipped' as const)
    if (sent !== 'skipped') counts.refundsSent += 1
  }
  return counts
}
