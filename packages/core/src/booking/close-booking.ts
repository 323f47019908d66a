import type { Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { sendEvent } from '@portail/events'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { readStaffBooking, type StaffBooking } from './staff-booking-view'
import { lockTenantBooking, requireActive } from './team-booking-row'

/**
 * Staff record how a booking ended: completed, or the client did not come (no_show, with an
 * optional reason). Only an active booking whose start has passed; audited, and announced in the
 * same transaction (`booking/completed`, `booking/no-show`).
 */
export async function closeBooking(
  tx: Tx,
  staff: StaffActor,
  input: { id: string; outcome: 'completed' | 'no_show'; reason?: string | undefined },
  now = Date.now(),
): Promise<StaffBooking> {
  const row = await lockTenantBooking(tx, staff.tenantId, input.id)
  requireActive(row)
  if (now < row.startsAt.getTime()) throw new DomainError('BAD_REQUEST', 'booking.notStartedYet', { field: 'id' })
  await tx
    .update(bookings)
    .set({ status: input.outcome, holdExpiresAt: null, updatedAt: new Date(now) })
    .where(and(eq(bookings.tenantId, staff.tenantId), eq(bookings.id, row.id)))
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: input.outcome === 'completed' ? 'booking.completed' : 'booking.no_show',
    entityType: 'booking',
    entityId: row.id,
    clientId: row.clientId,
    ...(input.reason === undefined ? {} : { reason: input.reason }),
    details: { start: row.startsAt.toISOString() },
  })
  await sendEvent(tx, staff.tenantId, {
    name: input.outcome === 'completed' ? 'booking/completed' : 'booking/no-show',
    payload: {
      bookingId: row.id,
      clientId: row.clientId,
      staffId: row.membershipId,
      start: row.startsAt.toISOString(),
    },
  })
  return readStaffBooking(tx, staff.tenantId, row.id)
}
