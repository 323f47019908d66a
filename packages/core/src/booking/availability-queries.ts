import type { Tx } from '@portail/db'
import { availableDays, type Slot, slotsForDay } from '../availability'
import { loadBookingContext, type ServiceChoice } from './booking-context'
import { loadStaffSchedules } from './load-schedules'
import { msPerDay as day } from '@portail/validators'

/** The dates of a month ("YYYY-MM") with at least one free slot for the choice. */
export async function listAvailableDays(
  tx: Tx,
  tenantId: string,
  input: ServiceChoice & { month: string },
  now: number,
): Promise<string[]> {
  const context = await loadBookingContext(tx, tenantId, input, now)
  const monthStart = Date.parse(`${input.month}-01T00:00:00Z`)
  const staff = await loadStaffSchedules(tx, tenantId, context.staffIds, monthStart - day, monthStart + 32 * day, now)
  return availableDays(staff, context.rules, input.month)
}

/** The free slots of one local date for the choice, each naming who is free. */
export async function listSlots(
  tx: Tx,
  tenantId: string,
  input: ServiceChoice & { date: string },
  now: number,
): Promise<Slot[]> {
  const context = await loadBookingContext(tx, tenantId, input, now)
  const dayStart = Date.parse(`${input.date}T00:00:00Z`)
  const staff = await loadStaffSchedules(tx, tenantId, context.staffIds, dayStart - day, dayStart + 2 * day, now)
  return slotsForDay(staff, context.rules, input.date)
}
