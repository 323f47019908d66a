import type { Tx } from '@portail/db'
import { staffServices, tenants } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { nextSlots, type Slot, type SlotRules, type StaffSchedule } from '../availability'
import { DomainError } from '../errors'
import { loadStaffSchedules } from './load-schedules'
import type { BookingRow } from './my-bookings'
import { msPerDay as day, msPerMinute as minute } from '@portail/validators'

/** How many free slots a CONFLICT offers instead. */
const alternatives = 5

/** Where an existing booking may go: today's rules, its own duration and buffers, one staff member. */
export interface MovePlan {
  rules: SlotRules
  staffId: string
  /** The booking as it is (its own time never blocks its move). */
  row: BookingRow
}

/**
 * The rules for moving a booking to `staffId` (default: the same person): the business's current
 * settings and hours, but the booking's own duration and buffers (options and price were agreed
 * when booking), so a booking whose service was withdrawn since can still move. Refuses another
 * staff member who does not perform the service.
 */
export async function planMove(tx: Tx, row: BookingRow, staffId: string | undefined, now: number): Promise<MovePlan> {
  const target = staffId ?? row.membershipId
  const [tenant] = await tx
    .select({
      timeZone: tenants.timeZone,
      minNotice: tenants.bookingMinNoticeMinutes,
      maxAdvance: tenants.bookingMaxAdvanceDays,
      interval: tenants.bookingSlotIntervalMinutes,
    })
    .from(tenants)
    .where(eq(tenants.id, row.tenantId))
  if (!tenant) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  if (target !== row.membershipId) {
    const [performer] = await tx
      .select({ membershipId: staffServices.membershipId })
      .from(staffServices)
      .where(
        and(
          eq(staffServices.tenantId, row.tenantId),
          eq(staffServices.serviceId, row.serviceId),
          eq(staffServices.membershipId, target),
        ),
      )
    if (!performer) throw new DomainError('BAD_REQUEST', 'booking.staffNotAvailable', { field: 'staffId' })
  }
  const rules: SlotRules = {
    timeZone: tenant.timeZone,
    durationMinutes: (row.endsAt.getTime() - row.startsAt.getTime()) / minute,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    slotIntervalMinutes: tenant.interval,
    minNoticeMinutes: tenant.minNotice,
    maxAdvanceDays: tenant.maxAdvance,
    now,
  }
  return { rules, staffId: target, row }
}

/** The target staff member's schedule between two instants, without the booking being moved. */
export async function scheduleForMove(tx: Tx, plan: MovePlan, from: number, until: number): Promise<StaffSchedule> {
  const [schedule] = await loadStaffSchedules(tx, plan.row.tenantId, [plan.staffId], from, until, plan.rules.now)
  if (!schedule) throw new DomainError('BAD_REQUEST', 'booking.staffNotAvailable', { field: 'staffId' })
  const ownFrom = plan.row.blockedFrom.getTime()
  const ownUntil = plan.row.blockedUntil.getTime()
  const own = schedule.staffId === plan.row.membershipId
  return {
    ...schedule,
    busy: schedule.busy.filter((busy) => !(own && busy.from === ownFrom && busy.until === ownUntil)),
  }
}

/** The next free slots from `start` for the move, as a CONFLICT offers them. */
export async function nextSlotsForMove(tx: Tx, plan: MovePlan, start: number): Promise<Slot[]> {
  const windowEnd = plan.rules.now + plan.rules.maxAdvanceDays * day
  const schedule = await scheduleForMove(tx, plan, start - day, Math.max(windowEnd, start + day))
  return nextSlots([schedule], plan.rules, start, alternatives)
}

export const slotTakenError = (nextFree: Slot[], cause?: unknown) =>
  new DomainError('CONFLICT', 'booking.slotTaken', { field: 'start', details: { nextSlots: nextFree }, cause })

/** The new times of the booking if it starts at `start`, buffers kept. */
export function movedTimes(plan: MovePlan, start: number) {
  const end = start + plan.rules.durationMinutes * minute
  return {
    membershipId: plan.staffId,
    startsAt: new Date(start),
    endsAt: new Date(end),
    blockedFrom: new Date(start - plan.rules.bufferBeforeMinutes * minute),
    blockedUntil: new Date(end + plan.rules.bufferAfterMinutes * minute),
  }
}
