import type { Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { and, eq, gt, inArray, lt } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { readStaffBookings, type StaffBooking } from './staff-booking-view'

export interface StaffBookingsQuery {
  from: string
  to: string
  staffId?: string | undefined
  includeCancelled: boolean
}

/**
 * The calendar: bookings of the tenant that meet [from, to) (a booking started the evening before
 * and still running counts), of one staff member or everyone. Cancelled ones only when asked;
 * completed and no-show ones always (the day as it happened). The range's size is checked by the
 * input schema (at most 42 days).
 */
export function listStaffBookings(tx: Tx, staff: StaffActor, query: StaffBookingsQuery): Promise<StaffBooking[]> {
  const statuses = query.includeCancelled
    ? (['pending_payment', 'confirmed', 'completed', 'no_show', 'cancelled'] as const)
    : (['pending_payment', 'confirmed', 'completed', 'no_show'] as const)
  return readStaffBookings(
    tx,
    staff.tenantId,
    and(
      lt(bookings.startsAt, new Date(query.to)),
      gt(bookings.endsAt, new Date(query.from)),
      inArray(bookings.status, [...statuses]),
      query.staffId === undefined ? undefined : eq(bookings.membershipId, query.staffId),
    ),
  )
}
