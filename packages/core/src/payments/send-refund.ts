import { type PaymentsPort, PaymentsProviderError } from '@portail/billing'
import type { Database, Tx } from '@portail/db'
import { payments, refunds, tenantPaymentSettings } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { MoneyActor } from './follow-ups'
import { idempotencyKeys } from './provider-call'
import { settleRefund } from './settle-refund'

export const lockRefund = async (tx: Tx, tenantId: string, refundId: string) => {
  const [row] = await tx
    .select()
    .from(refunds)
    .where(and(eq(refunds.tenantId, tenantId), eq(refunds.id, refundId)))
    .for('update')
  return row
}

/**
 * Sends a recorded card refund to Stripe and stores the answer: read (system), the network call
 * with the key `refund:<refund id>` (a retry after an outage never refunds twice), then the result
 * applied in a transaction of its own. A refund already sent or settled is left alone. An outage
 * leaves the row pending without a Stripe id and throws the provider's error (reconciliation sends
 * it again); a refusal marks it failed.
 */
export async function sendRefund(
  database: Database,
  processor: PaymentsPort,
  tenantId: string,
  refundId: string,
  actor: MoneyActor,
  now = Date.now(),
): Promise<'pending' | 'succeeded' | 'failed' | 'skipped'> {
  const asSystem = { actor: 'system' as const, tenantId }
  const target = await database.withTenant(asSystem, async (tx) => {
    const [row] = await tx
      .select({
        refund: refunds,
        paymentIntentId: payments.stripePaymentIntentId,
        accountId: tenantPaymentSettings.stripeAccountId,
      })
      .from(refunds)
      .innerJoin(payments, and(eq(payments.tenantId, refunds.tenantId), eq(payments.id, refunds.paymentId)))
      .leftJoin(tenantPaymentSettings, eq(tenantPaymentSettings.tenantId, refunds.tenantId))
      .where(and(eq(refunds.tenantId, tenantId), eq(refunds.id, refundId)))
    return row
  })
  if (target?.refund.status !== 'pending' || target.refund.stripeRefundId) return 'skipped'
  const { paymentIntentId, accountId } = target
  if (!paymentIntentId || !accountId) return 'skipped'

  let result: { refundId: string; status: 'pending' | 'succeeded' | 'failed' } | null = null
  try {
    result = await processor.refund(
      {
        accountId,
        paymentIntentId,
        amountCents: target.refund.amountCents,
        metadata: { tenantId, refundId, paymentId: target.refund.paymentId },
      },
      idempotencyKeys.refund(refundId),
    )
  } catch (error) {
    if (!(error instanceof PaymentsProviderError) || error.retryable) throw error
  }
  const answer = result
  return database.withTenant(asSystem, async (tx) => {
    const refund = await lockRefund(tx, tenantId, refundId)
    if (!refund) return 'skipped'
    const at = new Date(now)
    await settleRefund(
      tx,
      tenantId,
      refund,
      answer ? { status: answer.status, stripeRefundId: answer.refundId } : { status: 'failed', stripeRefundId: null },
      actor,
      at,
    )
    return answer?.status ?? 'failed'
  })
}
