import type { Tx } from '@portail/db'
import { bookings, scheduleOverrides, workingHours } from '@portail/db/schema'
import { and, eq, gt, gte, inArray, isNull, lt, lte, or } from 'drizzle-orm'
import type { StaffSchedule } from '../availability'
import { msPerDay as day } from '@portail/validators'

const isoDate = (instant: number) => new Date(instant).toISOString().slice(0, 10)

/**
 * The weekly hours, overrides (theirs and the whole business's) and busy intervals of each staff
 * member between two instants, with only the columns a visitor may read. An unpaid hold whose time
 * ran out at `now` is not busy even before the sweep cancels it: its slot is offered, and a write
 * that meets it in bookings_no_overlap releases it and retries.
 */
export async function loadStaffSchedules(
  tx: Tx,
  tenantId: string,
  staffIds: readonly string[],
  from: number,
  until: number,
  now = Date.now(),
): Promise<StaffSchedule[]> {
  if (staffIds.length === 0) return []
  const ids = [...staffIds]
  // Three independent reads, sent together (one round trip on Postgres).
  const [hours, overrides, busy] = await Promise.all([
    tx
      .select({
        membershipId: workingHours.membershipId,
        weekday: workingHours.weekday,
        startTime: workingHours.startTime,
        endTime: workingHours.endTime,
      })
      .from(workingHours)
      .where(and(eq(workingHours.tenantId, tenantId), inArray(workingHours.membershipId, ids))),
    // A day either side: local dates and UTC dates differ by up to a day.
    tx
      .select({
        membershipId: scheduleOverrides.membershipId,
        date: scheduleOverrides.onDate,
        kind: scheduleOverrides.kind,
        startTime: scheduleOverrides.startTime,
        endTime: scheduleOverrides.endTime,
      })
      .from(scheduleOverrides)
      .where(
        and(
          eq(scheduleOverrides.tenantId, tenantId),
          or(isNull(scheduleOverrides.membershipId), inArray(scheduleOverrides.membershipId, ids)),
          gte(scheduleOverrides.onDate, isoDate(from - day)),
          lte(scheduleOverrides.onDate, isoDate(until + day)),
        ),
      ),
    tx
      .select({ membershipId: bookings.membershipId, from: bookings.blockedFrom, until: bookings.blockedUntil })
      .from(bookings)
      .where(
        and(
          eq(bookings.tenantId, tenantId),
          inArray(bookings.membershipId, ids),
          or(
            eq(bookings.status, 'confirmed'),
            and(
              eq(bookings.status, 'pending_payment'),
              or(isNull(bookings.holdExpiresAt), gt(bookings.holdExpiresAt, new Date(now))),
            ),
          ),
          lt(bookings.blockedFrom, new Date(until + day)),
          gt(bookings.blockedUntil, new Date(from - day)),
        ),
      ),
  ])
  return ids.map((staffId) => ({
    staffId,
    weeklyHours: hours.filter((row) => row.membershipId === staffId),
    overrides: overrides.filter((row) => row.membershipId === null || row.membershipId === staffId),
    busy: busy
      .filter((row) => row.membershipId === staffId)
      .map((row) => ({ from: row.from.getTime(), until: row.until.getTime() })),
  }))
}
