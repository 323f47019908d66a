import type { Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { cancellationQuote, type ChangeRefusal } from './booking-policy'
import { loadOwnBooking, type MyBooking, myBookingOf, policyFactsOf } from './my-bookings'

/** Why the client may not cancel or move a booking, as a localized BAD_REQUEST. */
export const refusalError = (refusal: ChangeRefusal, change: 'cancel' | 'reschedule') => {
  const key =
    refusal === 'notActive'
      ? 'booking.notActive'
      : refusal === 'started'
        ? 'booking.alreadyStarted'
        : refusal === 'maxReschedules'
          ? 'booking.rescheduleLimitReached'
          : change === 'reschedule'
            ? 'booking.rescheduleTooLate'
            : 'booking.cancelTooLate'
  return new DomainError('BAD_REQUEST', key, { field: 'id' })
}

/**
 * The client cancels one of its bookings under the policy it agreed to. `expectedFeeCents` is the
 * fee the client was shown: when the fee computed now differs (the free window closed while the
 * dialog was open), nothing changes and CONFLICT 'booking.policyChanged' carries the new quote.
 * The cancellation, its audit entry and `booking/cancelled` (with the fee) commit together.
 */
export async function cancelMyBooking(
  tx: Tx,
  client: ClientActor,
  input: { id: string; expectedFeeCents: number },
  now = Date.now(),
): Promise<MyBooking> {
  const row = await loadOwnBooking(tx, client, input.id, true)
  const quote = cancellationQuote(policyFactsOf(row), now)
  if (quote.refusal !== null) throw refusalError(quote.refusal, 'cancel')
  if (quote.feeCents !== input.expectedFeeCents) {
    throw new DomainError('CONFLICT', 'booking.policyChanged', { field: 'expectedFeeCents', details: { cancellation: quote } })
  }
  const at = new Date(now)
  const [cancelled] = await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: at, updatedAt: at })
    .where(and(eq(bookings.tenantId, client.tenantId), eq(bookings.id, row.id)))
    .returning()
  if (!cancelled) throw new Error('booking vanished while locked')
  await appendAudit(tx, {
    tenantId: client.tenantId,
    actorUserId: client.userId,
    actorRole: 'client',
    action: 'booking.cancelled',
    entityType: 'booking',
    entityId: row.id,
    clientId: client.clientId,
    details: { start: row.startsAt.toISOString(), feeCents: String(quote.feeCents), keepsDeposit: String(quote.keepsDeposit) },
  })
  await sendEvent(tx, client.tenantId, {
    name: 'booking/cancelled',
    payload: {
      bookingId: row.id,
      clientId: row.clientId,
      staffId: row.membershipId,
      start: row.startsAt.toISOString(),
      by: 'client',
      feeCents: quote.feeCents,
    },
  })
  return myBookingOf(tx, cancelled)
}
