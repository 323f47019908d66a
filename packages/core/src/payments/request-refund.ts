import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { payments, refunds } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import { type TRequestRefundInput, ZRequestRefundInput } from '@portail/validators'
import { and, eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { parseInput } from './parse-input'
import { callProvider } from './provider-call'
import { sendRefund } from './send-refund'
import { settleRefund } from './settle-refund'

export interface RefundView {
  refundId: string
  status: 'pending' | 'succeeded' | 'failed'
}

/**
 * Staff refund a payment in full or in part, with a reason (the API asks for a recent second
 * factor first). The amount may not exceed what is still refundable: the amount, less what was
 * refunded, less refunds still pending (the payment row is locked while this is decided, so two
 * staff cannot both refund the last dollar). A refunds row is written first (tx 1), Stripe is
 * called outside any transaction with the key `refund:<refund id>`, the answer stored (tx 2; the
 * credit note is issued when the refund succeeds, now or on refund.updated). An offline payment
 * (cash, cheque…) is refunded by hand: recorded as succeeded at once, no Stripe call.
 * An outage: `payment.unavailable`, the refund stays pending and is sent again by reconciliation.
 */
export async function requestRefund(
  database: Database,
  processor: PaymentsPort,
  ctx: StaffActor,
  input: TRequestRefundInput,
  now = Date.now(),
): Promise<RefundView> {
  const parsed = parseInput(ZRequestRefundInput, input)
  const at = new Date(now)
  const actor = { userId: ctx.userId, role: ctx.role }
  const recorded = await nudgeOutboxAfter(() =>
    database.withTenant({ actor: 'staff', tenantId: ctx.tenantId, userId: ctx.userId }, async (tx) => {
      const [payment] = await tx
        .select()
        .from(payments)
        .where(and(eq(payments.tenantId, ctx.tenantId), eq(payments.id, parsed.paymentId)))
        .for('update')
      if (!payment) throw new DomainError('NOT_FOUND', 'payment.notFound', { field: 'paymentId' })
      if (payment.status !== 'succeeded')
        throw new DomainError('CONFLICT', 'payment.refundNotAllowed', { field: 'paymentId' })
      if (payment.currency !== parsed.currency)
        throw new DomainError('BAD_REQUEST', 'payment.currencyUnsupported', { field: 'currency' })
      const [pending] = await tx
        .select({ cents: sql<number>`coalesce(sum(${refunds.amountCents}), 0)::int` })
        .from(refunds)
        .where(
          and(eq(refunds.tenantId, ctx.tenantId), eq(refunds.paymentId, payment.id), eq(refunds.status, 'pending')),
        )
      const refundable = payment.amountCents - payment.refundedCents - (pending?.cents ?? 0)
      if (parsed.amountCents > refundable)
        throw new DomainError('BAD_REQUEST', 'payment.refundTooLarge', {
          field: 'amountCents',
          params: { refundableCents: Math.max(0, refundable) },
        })
      const [refund] = await tx
        .insert(refunds)
        .values({
          tenantId: ctx.tenantId,
          paymentId: payment.id,
          clientId: payment.clientId,
          amountCents: parsed.amountCents,
          reason: parsed.reason,
          requestedByUserId: ctx.userId,
        })
        .returning()
      if (!refund) throw new Error('refund insert returned no row')
      await appendAudit(tx, {
        tenantId: ctx.tenantId,
        actorUserId: ctx.userId,
        actorRole: ctx.role,
        action: 'refund.requested',
        entityType: 'refund',
        entityId: refund.id,
        clientId: payment.clientId,
        details: { paymentId: payment.id, amountCents: String(parsed.amountCents), method: payment.method },
        reason: parsed.reason,
      })
      if (payment.method === 'card') return { refund, offline: false }
      await settleRefund(tx, ctx.tenantId, refund, { status: 'succeeded', stripeRefundId: null }, actor, at)
      return { refund, offline: true }
    }),
  )
  if (recorded.offline) return { refundId: recorded.refund.id, status: 'succeeded' }
  const status = await callProvider(() =>
    nudgeOutboxAfter(() => sendRefund(database, processor, ctx.tenantId, recorded.refund.id, actor, now)),
  )
  if (status === 'failed') throw new DomainError('BAD_REQUEST', 'payment.providerRefused')
  return { refundId: recorded.refund.id, status: status === 'skipped' ? 'pending' : status }
}
