import type { Tx } from '@portail/db'
import type { ServiceAddress } from '@portail/db/schema'
import type { StaffActor } from '../actors/actor-kinds'
import { findSlot, nextSlots } from '../availability'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { loadBookingContext } from './booking-context'
import { insertTeamBooking } from './insert-team-booking'
import { loadStaffSchedules } from './load-schedules'
import { readStaffBooking, type StaffBooking } from './staff-booking-view'
import { bookableClient, teamBookingByKey } from './team-booking-inputs'
import { msPerDay as day } from '@portail/validators'

/** How many free slots a CONFLICT offers instead. */
const alternatives = 5

export interface CreateTeamBookingData {
  clientId: string
  serviceId: string
  optionIds: string[]
  staffId: string
  start: string
  idempotencyKey: string
  serviceAddress?: ServiceAddress | null | undefined
  notes?: string | undefined
  ignoreRules: boolean
  reason?: string | undefined
}

/**
 * Staff book a client of the tenant with a staff member, in the staff transaction. The same checks
 * as a client's booking (active service, options of that service, a member who performs it, an
 * offered slot) unless `ignoreRules`: then hours, notice and window do not apply and the reason is
 * audited. Never over another booking: bookings_no_overlap refuses it and the answer is CONFLICT
 * (`booking.slotTaken`) with the member's next free slots. A retry with the same idempotency key
 * (for the same client) answers the booking it made. Confirmed at once, with booking/confirmed.
 */
export async function createTeamBooking(
  tx: Tx,
  staff: StaffActor,
  input: CreateTeamBookingData,
  now = Date.now(),
): Promise<StaffBooking> {
  const earlier = await teamBookingByKey(tx, staff.tenantId, input.clientId, input.idempotencyKey)
  if (earlier) return readStaffBooking(tx, staff.tenantId, earlier)

  const client = await bookableClient(tx, staff.tenantId, input.clientId)
  const context = await loadBookingContext(
    tx,
    staff.tenantId,
    { serviceId: input.serviceId, optionIds: input.optionIds, staffId: input.staffId },
    now,
  )
  const start = Date.parse(input.start)
  const [schedule] = await loadStaffSchedules(tx, staff.tenantId, [input.staffId], start - day, start + 2 * day, now)
  if (!schedule) throw new DomainError('BAD_REQUEST', 'booking.staffNotAvailable', { field: 'staffId' })

  const nextFree = async () => {
    const windowEnd = now + context.rules.maxAdvanceDays * day
    const schedules = await loadStaffSchedules(
      tx,
      staff.tenantId,
      [input.staffId],
      start - day,
      Math.max(windowEnd, start + day),
      now,
    )
    return nextSlots(schedules, context.rules, start, alternatives)
  }
  if (!input.ignoreRules && !findSlot(schedule, context.rules, input.start)) {
    if (findSlot({ ...schedule, busy: [] }, context.rules, input.start)) {
      throw new DomainError('CONFLICT', 'booking.slotTaken', {
        field: 'start',
        details: { nextSlots: await nextFree() },
      })
    }
    throw new DomainError('BAD_REQUEST', 'booking.slotUnavailable', { field: 'start' })
  }

  let outcome: { id: string } | 'conflict'
  try {
    outcome = await insertTeamBooking(tx, staff, context, {
      clientId: input.clientId,
      staffId: input.staffId,
      start,
      idempotencyKey: input.idempotencyKey,
      serviceAddress: input.serviceAddress ?? null,
      notes: input.notes ?? null,
      locale: client.locale,
      seriesId: null,
      reason: input.reason ?? null,
      ignoredRules: input.ignoreRules,
    })
  } catch (error) {
    if (!isUniqueViolationOf(error, 'bookings_idempotency_key')) throw error
    outcome = 'conflict'
  }
  // A concurrent copy of this very request may have made it: then its booking is the answer.
  const id =
    outcome === 'conflict'
      ? await teamBookingByKey(tx, staff.tenantId, input.clientId, input.idempotencyKey)
      : outcome.id
  if (id) return readStaffBooking(tx, staff.tenantId, id)
  throw new DomainError('CONFLICT', 'booking.slotTaken', { field: 'start', details: { nextSlots: await nextFree() } })
}
