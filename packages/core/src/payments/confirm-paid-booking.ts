import type { Tx } from '@portail/db'
import { bookings, payments, refunds } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq, ne } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { issueDepositInvoice } from '../invoices/issue-deposit-invoice'
import type { FollowUp } from './follow-ups'

export const holdExpiredReason = 'hold expired'
export const paidTwiceReason = 'paid twice'

type PaymentRow = typeof payments.$inferSelect

/**
 * A card payment of a booking hold succeeded (inside the system transaction that applies the
 * event). The booking is locked, then:
 * - still pending payment (even past its hold, if the sweep has not released it: the hold still
 *   keeps the slot) → confirmed, hold cleared, `booking/confirmed` sent, and its deposit (or full
 *   prepayment) invoice issued, marked paid by this payment;
 * - released (cancelled) or already paid by another payment → never booked twice: a refund of the
 *   whole payment is recorded (reason 'hold expired' or 'paid twice') and sent after the commit.
 * Returns the refund to send, if any.
 */
export async function confirmPaidBooking(tx: Tx, tenantId: string, payment: PaymentRow, at: Date): Promise<FollowUp[]> {
  if (!payment.bookingId) return []
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, payment.bookingId)))
    .for('update')
  if (!booking) return []
  if (booking.status === 'pending_payment') {
    await tx
      .update(bookings)
      .set({ status: 'confirmed', holdExpiresAt: null, updatedAt: at })
      .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, booking.id)))
    await sendEvent(tx, tenantId, {
      name: 'booking/confirmed',
      payload: {
        bookingId: booking.id,
        clientId: booking.clientId,
        staffId: booking.membershipId,
        start: booking.startsAt.toISOString(),
      },
    })
    await issueDepositInvoice(tx, { tenantId, bookingId: booking.id, paymentId: payment.id })
    return []
  }
  const [other] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(
        eq(payments.tenantId, tenantId),
        eq(payments.bookingId, booking.id),
        eq(payments.status, 'succeeded'),
        ne(payments.id, payment.id),
      ),
    )
    .limit(1)
  // A confirmed booking paid by this very payment (reconciliation found it again) needs nothing.
  if (booking.status !== 'cancelled' && !other) return []
  const reason = booking.status === 'cancelled' ? holdExpiredReason : paidTwiceReason
  const [refund] = await tx
    .insert(refunds)
    .values({ tenantId, paymentId: payment.id, clientId: payment.clientId, amountCents: payment.amountCents, reason })
    .returning({ id: refunds.id })
  if (!refund) throw new Error('refund insert returned no row')
  await appendAudit(tx, {
    tenantId,
    actorUserId: null,
    actorRole: 'system',
    action: 'refund.requested',
    entityType: 'refund',
    entityId: refund.id,
    clientId: payment.clientId,
    details: { paymentId: payment.id, amountCents: String(payment.amountCents), bookingId: booking.id },
    reason,
  })
  return [{ kind: 'refund', tenantId, refundId: refund.id }]
}
