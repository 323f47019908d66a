import type { Database } from '@portail/db'
import { availableDays, type Slot, slotsForDay } from '../availability'
import type { ClientActor } from '../actors/actor-kinds'
import { rescheduleQuote } from './booking-policy'
import { refusalError } from './cancel-booking'
import { planMove, scheduleForMove } from './move-context'
import { loadOwnBooking, policyFactsOf } from './my-bookings'
import { clientContexts } from './reschedule-booking'
import { msPerDay as day } from '@portail/validators'

/** The client's own booking, refused when the policy no longer lets the client move it. */
async function movableBooking(database: Database, client: ClientActor, id: string, now: number) {
  const { asClient } = clientContexts(client)
  const row = await database.withTenant(asClient, (tx) => loadOwnBooking(tx, client, id))
  const quote = rescheduleQuote(policyFactsOf(row), now)
  if (quote.refusal !== null) throw refusalError(quote.refusal, 'reschedule')
  return row
}

/** Days of a month where the booking could move (same service, duration and staff member; its own time is free). */
export async function listRescheduleDays(
  database: Database,
  client: ClientActor,
  input: { id: string; month: string },
  now = Date.now(),
): Promise<string[]> {
  const row = await movableBooking(database, client, input.id, now)
  return database.withTenant(clientContexts(client).asVisitor, async (tx) => {
    const plan = await planMove(tx, row, undefined, now)
    const monthStart = Date.parse(`${input.month}-01T00:00:00Z`)
    const schedule = await scheduleForMove(tx, plan, monthStart - day, monthStart + 32 * day)
    return availableDays([schedule], plan.rules, input.month)
  })
}

/** Slots of one local date where the booking could move. */
export async function listRescheduleSlots(
  database: Database,
  client: ClientActor,
  input: { id: string; date: string },
  now = Date.now(),
): Promise<Slot[]> {
  const row = await movableBooking(database, client, input.id, now)
  return database.withTenant(clientContexts(client).asVisitor, async (tx) => {
    const plan = await planMove(tx, row, undefined, now)
    const dayStart = Date.parse(`${input.date}T00:00:00Z`)
    const schedule = await scheduleForMove(tx, plan, dayStart - day, dayStart + 2 * day)
    return slotsForDay([schedule], plan.rules, input.date)
  })
}
