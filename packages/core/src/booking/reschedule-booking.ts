import { type ActorContext, type Database, pgErrorCode, pgErrorCodes } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq, sql } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { findSlot } from '../availability'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { rescheduleQuote } from './booking-policy'
import { refusalError } from './cancel-booking'
import { releaseExpiredHoldsOf } from './expire-holds'
import { movedTimes, nextSlotsForMove, planMove, scheduleForMove, slotTakenError } from './move-context'
import { loadOwnBooking, type MyBooking, myBookingOf, policyFactsOf } from './my-bookings'
import { msPerDay as day } from '@portail/validators'

export const clientContexts = (client: ClientActor) => ({
  asClient: {
    actor: 'client',
    tenantId: client.tenantId,
    userId: client.userId,
    clientId: client.clientId,
  } satisfies ActorContext,
  // A visitor of the tenant sees every staff member's busy time, never who booked.
  asVisitor: { actor: 'public', tenantId: client.tenantId, userId: client.userId } satisfies ActorContext,
})

/**
 * The client moves one of its bookings to another offered slot, inside the free window and below
 * the reschedule limit of the policy it agreed to. Transactions one after the other, like create:
 * 1. as the client: the booking and the policy check;
 * 2. as a visitor: the new start must be an offered slot, the booking's own time not counting as busy;
 * 3. as the client: lock, check again, move, count, audit and `booking/rescheduled`, together.
 *    bookings_no_overlap decides races: on 23P01 the staff member's expired holds are released and
 *    the move tried once more, then CONFLICT 'booking.slotTaken' with the next free slots.
 */
export async function rescheduleMyBooking(
  database: Database,
  client: ClientActor,
  input: { id: string; start: string; staffId?: string | undefined },
  now = Date.now(),
): Promise<MyBooking> {
  const { asClient, asVisitor } = clientContexts(client)
  const start = Date.parse(input.start)
  const row = await database.withTenant(asClient, (tx) => loadOwnBooking(tx, client, input.id))
  const quote = rescheduleQuote(policyFactsOf(row), now)
  if (quote.refusal !== null) throw refusalError(quote.refusal, 'reschedule')

  const { plan, free, offered } = await database.withTenant(asVisitor, async (tx) => {
    const planned = await planMove(tx, row, input.staffId, now)
    const schedule = await scheduleForMove(tx, planned, start - day, start + 2 * day)
    return {
      plan: planned,
      free: findSlot(schedule, planned.rules, input.start) !== undefined,
      offered: findSlot({ ...schedule, busy: [] }, planned.rules, input.start) !== undefined,
    }
  })
  if (!offered) throw new DomainError('BAD_REQUEST', 'booking.slotUnavailable', { field: 'start' })

  let lastConflict: unknown
  if (free) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        return await database.withTenant(asClient, async (tx) => {
          const current = await loadOwnBooking(tx, client, input.id, true)
          // Another tab may have moved or cancelled it since step 1.
          const again = rescheduleQuote(policyFactsOf(current), now)
          if (again.refusal !== null) throw refusalError(again.refusal, 'reschedule')
          const times = movedTimes({ ...plan, row: current }, start)
          const [moved] = await tx
            .update(bookings)
            .set({ ...times, rescheduleCount: sql`${bookings.rescheduleCount} + 1`, updatedAt: new Date(now) })
            .where(and(eq(bookings.tenantId, client.tenantId), eq(bookings.id, current.id)))
            .returning()
          if (!moved) throw new Error('booking vanished while locked')
          await appendAudit(tx, {
            tenantId: client.tenantId,
            actorUserId: client.userId,
            actorRole: 'client',
            action: 'booking.rescheduled',
            entityType: 'booking',
            entityId: current.id,
            clientId: client.clientId,
            details: { from: current.startsAt.toISOString(), to: times.startsAt.toISOString() },
          })
          await sendEvent(tx, client.tenantId, {
            name: 'booking/rescheduled',
            payload: {
              bookingId: current.id,
              clientId: current.clientId,
              staffId: moved.membershipId,
              start: moved.startsAt.toISOString(),
              previousStart: current.startsAt.toISOString(),
              previousStaffId: current.membershipId,
              by: 'client',
            },
          })
          return myBookingOf(tx, moved)
        })
      } catch (error) {
        if (pgErrorCode(error) !== pgErrorCodes.exclusionViolation) throw error
        lastConflict = error
        // An unpaid hold past its time may still block the slot until the sweep: release, retry once.
        const released = await releaseExpiredHoldsOf(database, client.tenantId, plan.staffId, now)
        if (released === 0) break
      }
    }
  }

  const nextFree = await database.withTenant(asVisitor, (tx) => nextSlotsForMove(tx, plan, start))
  throw slotTakenError(nextFree, lastConflict)
}
