import { pgErrorCode, pgErrorCodes, type Tx } from '@portail/db'
import { bookings, type ServiceAddress } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import type { BookingContext } from './booking-context'
import { snapshotOf } from './create-booking'
import { msPerMinute as minute } from '@portail/validators'

export interface TeamBookingValues {
  clientId: string
  staffId: string
  start: number
  idempotencyKey: string
  serviceAddress: ServiceAddress | null
  notes: string | null
  locale: 'fr' | 'en'
  seriesId: string | null
  /** Set when staff placed it outside hours, notice or window: kept in the audit entry. */
  reason: string | null
  ignoredRules: boolean
}

/**
 * Inserts a booking staff made for a client, audited, and announces it (booking/confirmed), inside
 * a savepoint of the caller's transaction: when bookings_no_overlap refuses it (23P01), only the
 * savepoint rolls back and the answer is 'conflict', so a series goes on with its next date.
 * Staff-made bookings are confirmed at once: no payment hold (the business settles with the client).
 */
export async function insertTeamBooking(
  tx: Tx,
  staff: StaffActor,
  context: BookingContext,
  values: TeamBookingValues,
): Promise<{ id: string } | 'conflict'> {
  const end = values.start + context.rules.durationMinutes * minute
  try {
    return await tx.transaction(async (savepoint) => {
      const [row] = await savepoint
        .insert(bookings)
        .values({
          tenantId: staff.tenantId,
          clientId: values.clientId,
          membershipId: values.staffId,
          serviceId: context.service.id,
          startsAt: new Date(values.start),
          endsAt: new Date(end),
          bufferBeforeMinutes: context.rules.bufferBeforeMinutes,
          bufferAfterMinutes: context.rules.bufferAfterMinutes,
          blockedFrom: new Date(values.start - context.rules.bufferBeforeMinutes * minute),
          blockedUntil: new Date(end + context.rules.bufferAfterMinutes * minute),
          status: 'confirmed',
          priceCents: context.priceCents,
          currency: context.service.currency,
          snapshot: snapshotOf(context),
          serviceAddress: values.serviceAddress,
          notes: values.notes,
          locale: values.locale,
          idempotencyKey: values.idempotencyKey,
          holdExpiresAt: null,
          createdByUserId: staff.userId,
          seriesId: values.seriesId,
        })
        .returning({ id: bookings.id })
      if (!row) throw new Error('insert returned no row')
      const start = new Date(values.start).toISOString()
      await appendAudit(savepoint, {
        tenantId: staff.tenantId,
        actorUserId: staff.userId,
        actorRole: staff.role,
        action: 'booking.created',
        entityType: 'booking',
        entityId: row.id,
        clientId: values.clientId,
        details: {
          start,
          serviceId: context.service.id,
          staffId: values.staffId,
          ...(values.seriesId ? { seriesId: values.seriesId } : {}),
          ...(values.ignoredRules ? { ignoredRules: 'true' } : {}),
        },
        ...(values.reason ? { reason: values.reason } : {}),
      })
      await sendEvent(savepoint, staff.tenantId, {
        name: 'booking/confirmed',
        payload: { bookingId: row.id, clientId: values.clientId, staffId: values.staffId, start },
      })
      return { id: row.id }
    })
  } catch (error) {
    if (pgErrorCode(error) === pgErrorCodes.exclusionViolation) return 'conflict'
    throw error
  }
}
