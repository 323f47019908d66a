import type { ActorContext, Database, Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { nudgeOutboxAfter, sendEvent } from '@portail/events'
import { and, eq, lte } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'

/**
 * Cancels the unpaid holds of one tenant whose time ran out (one staff member's only, when named),
 * inside the caller's transaction (the tenant's system or staff actor before a write that found the
 * slot held, the sweep's own actor every minute): each audited and announced with
 * `booking/cancelled` by 'system', free. Returns how many were released.
 */
export async function sweepExpiredHolds(tx: Tx, tenantId: string, now: number, membershipId?: string): Promise<number> {
  const at = new Date(now)
  const released = await tx
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: at, updatedAt: at })
    .where(
      and(
        eq(bookings.tenantId, tenantId),
        eq(bookings.status, 'pending_payment'),
        lte(bookings.holdExpiresAt, at),
        membershipId === undefined ? undefined : eq(bookings.membershipId, membershipId),
      ),
    )
    .returning({
      id: bookings.id,
      clientId: bookings.clientId,
      staffId: bookings.membershipId,
      startsAt: bookings.startsAt,
    })
  for (const hold of released) {
    await appendAudit(tx, {
      tenantId,
      actorUserId: null,
      actorRole: 'system',
      action: 'booking.hold_expired',
      entityType: 'booking',
      entityId: hold.id,
      clientId: hold.clientId,
      details: { start: hold.startsAt.toISOString() },
    })
    await sendEvent(tx, tenantId, {
      name: 'booking/cancelled',
      payload: {
        bookingId: hold.id,
        clientId: hold.clientId,
        staffId: hold.staffId,
        start: hold.startsAt.toISOString(),
        by: 'system',
        feeCents: 0,
      },
    })
  }
  return released.length
}

/** Sweeps one staff member's expired holds in a transaction of its own (before retrying a refused write). */
export const releaseExpiredHoldsOf = (database: Database, tenantId: string, membershipId: string, now: number) =>
  database.withTenant({ actor: 'system', tenantId }, (tx) => sweepExpiredHolds(tx, tenantId, now, membershipId))

/**
 * The sweep works for every business from outside any: its actor (portail_hold_release) reads the
 * few booking columns it filters on and returns, sets the cancellation, and appends the audit entry
 * and the event; nothing else.
 */
const sweepActor: ActorContext = { actor: 'holdRelease', tenantId: null }

/**
 * The cron workflow (every minute): finds the tenants with expired unpaid holds, then releases each
 * tenant's in a transaction of its own (one failure does not hold back the others), each nudging
 * the outbox relay once committed so the hold-expired message goes out at once. Returns how many
 * holds were released; a second run finds none of them again (only pending_payment rows match).
 */
export async function expireUnpaidHolds(database: Database, now = Date.now()): Promise<number> {
  const at = new Date(now)
  const tenantIds = await database.withTenant(sweepActor, async (tx) => {
    const rows = await tx
      .selectDistinct({ tenantId: bookings.tenantId })
      .from(bookings)
      .where(and(eq(bookings.status, 'pending_payment'), lte(bookings.holdExpiresAt, at)))
    return rows.map((row) => row.tenantId)
  })
  let released = 0
  for (const tenantId of tenantIds) {
    released += await nudgeOutboxAfter(() =>
      database.withTenant(sweepActor, (tx) => sweepExpiredHolds(tx, tenantId, now)),
    )
  }
  return released
}
