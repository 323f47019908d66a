import type { Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { freeUntilOf, lateCancelFee } from './booking-policy'
import { readStaffBooking, type StaffBooking } from './staff-booking-view'
import { policyFactsOf } from './my-bookings'
import { lockTenantBooking, requireActive } from './team-booking-row'

/**
 * A member of the business cancels a booking, with a reason. The fee is the policy's (the
 * snapshot's: late cancellations cost the fee or the kept deposit, an unpaid hold nothing) unless
 * staff waive it. Cancellation, audit entry (reason, fee) and `booking/cancelled` commit together.
 */
export async function cancelBookingAsTeam(
  tx: Tx,
  staff: StaffActor,
  input: { id: string; reason: string; waiveFee: boolean },
  now = Date.now(),
): Promise<StaffBooking> {
  const row = await lockTenantBooking(tx, staff.tenantId, input.id)
  requireActive(row)
  const facts = policyFactsOf(row)
  const owed = now <= freeUntilOf(facts) ? { feeCents: 0, keepsDeposit: false } : lateCancelFee(facts)
  const feeCents = input.waiveFee ? 0 : owed.feeCents
  const at = new Date(now)
  await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: at, cancellationReason: input.reason, updatedAt: at })
    .where(and(eq(bookings.tenantId, staff.tenantId), eq(bookings.id, row.id)))
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'booking.cancelled',
    entityType: 'booking',
    entityId: row.id,
    clientId: row.clientId,
    reason: input.reason,
    details: { start: row.startsAt.toISOString(), feeCents: String(feeCents), feeWaived: String(input.waiveFee && owed.feeCents > 0) },
  })
  await sendEvent(tx, staff.tenantId, {
    name: 'booking/cancelled',
    payload: { bookingId: row.id, clientId: row.clientId, staffId: row.membershipId, start: row.startsAt.toISOString(), by: 'staff', feeCents },
  })
  return readStaffBooking(tx, staff.tenantId, row.id)
}
