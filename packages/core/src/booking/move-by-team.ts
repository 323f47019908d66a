import { pgErrorCode, pgErrorCodes, type Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { findSlot } from '../availability'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { readStaffBooking, type StaffBooking } from './staff-booking-view'
import { sweepExpiredHolds } from './expire-holds'
import { movedTimes, nextSlotsForMove, planMove, scheduleForMove, slotTakenError } from './move-context'
import { lockTenantBooking, requireActive } from './team-booking-row'
import { msPerDay as day } from '@portail/validators'

/**
 * A member of the business moves a booking (another time, another staff member who performs the
 * service), with a reason. Within the rules (an offered slot) unless `ignoreRules`, which lets staff
 * place it outside hours, notice or window, but never over another booking: bookings_no_overlap
 * decides, tried in a savepoint; on 23P01 the staff member's expired holds are released and the
 * move tried once more, then CONFLICT with the next free slots. A staff move does not use up the
 * client's reschedules. Move, audit entry and `booking/rescheduled` commit together.
 */
export async function moveBookingAsTeam(
  tx: Tx,
  staff: StaffActor,
  input: { id: string; start: string; staffId?: string | undefined; reason: string; ignoreRules: boolean },
  now = Date.now(),
): Promise<StaffBooking> {
  const row = await lockTenantBooking(tx, staff.tenantId, input.id)
  requireActive(row)
  const start = Date.parse(input.start)
  const plan = await planMove(tx, row, input.staffId, now)
  if (!input.ignoreRules) {
    const schedule = await scheduleForMove(tx, plan, start - day, start + 2 * day)
    if (findSlot({ ...schedule, busy: [] }, plan.rules, input.start) === undefined) {
      throw new DomainError('BAD_REQUEST', 'booking.slotUnavailable', { field: 'start' })
    }
    if (findSlot(schedule, plan.rules, input.start) === undefined)
      throw slotTakenError(await nextSlotsForMove(tx, plan, start))
  }
  const times = movedTimes(plan, start)
  let lastConflict: unknown
  let moved = false
  for (let attempt = 0; attempt < 2 && !moved; attempt += 1) {
    try {
      await tx.transaction(async (savepoint) => {
        await savepoint
          .update(bookings)
          .set({ ...times, updatedAt: new Date(now) })
          .where(and(eq(bookings.tenantId, staff.tenantId), eq(bookings.id, row.id)))
      })
      moved = true
    } catch (error) {
      if (pgErrorCode(error) !== pgErrorCodes.exclusionViolation) throw error
      lastConflict = error
      if ((await sweepExpiredHolds(tx, staff.tenantId, now, plan.staffId)) === 0) break
    }
  }
  if (!moved) throw slotTakenError(await nextSlotsForMove(tx, plan, start), lastConflict)

  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'booking.moved',
    entityType: 'booking',
    entityId: row.id,
    clientId: row.clientId,
    reason: input.reason,
    details: {
      from: row.startsAt.toISOString(),
      to: times.startsAt.toISOString(),
      ...(plan.staffId === row.membershipId ? {} : { fromStaffId: row.membershipId, toStaffId: plan.staffId }),
      ...(input.ignoreRules ? { ignoreRules: 'true' } : {}),
    },
  })
  await sendEvent(tx, staff.tenantId, {
    name: 'booking/rescheduled',
    payload: {
      bookingId: row.id,
      clientId: row.clientId,
      staffId: plan.staffId,
      start: times.startsAt.toISOString(),
      previousStart: row.startsAt.toISOString(),
      previousStaffId: row.membershipId,
      by: 'staff',
    },
  })
  return readStaffBooking(tx, staff.tenantId, row.id)
}
