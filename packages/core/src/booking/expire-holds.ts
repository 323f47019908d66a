import type { ActorContext, Database, Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { sendEvent } from '@portail/events'
import { and, eq, lte, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'

/**
 * Cancels the unpaid holds of one tenant whose time ran out (one staff member's only, when named),
 * as the tenant's system actor inside the caller's transaction: each audited and announced with
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
    .returning({ id: bookings.id, clientId: bookings.clientId, staffId: bookings.membershipId, startsAt: bookings.startsAt })
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
      payload: { bookingId: hold.id, clientId: hold.clientId, staffId: hold.staffId, start: hold.startsAt.toISOString(), by: 'system', feeCents: 0 },
    })
  }
  return released.length
}

/** Sweeps one staff member's expired holds in a transaction of its own (before retrying a refused write). */
export const releaseExpiredHoldsOf = (database: Database, tenantId: string, membershipId: string, now: number) =>
  database.withTenant({ actor: 'system', tenantId }, (tx) => sweepExpiredHolds(tx, tenantId, now, membershipId))

/** The scheduler has no tenant: it asks which tenants hold expired holds, nothing more. */
const schedulerActor: ActorContext = { actor: 'identity', tenantId: null }

/**
 * The background job (every minute): finds the tenants with expired unpaid holds through the one
 * cross-tenant entry point that answers it (portail_private.tenants_with_expired_holds: tenant ids
 * only), then releases each tenant's holds as that tenant's system actor, one transaction per
 * tenant so one failure does not hold back the others. Returns how many holds were released.
 */
export async function expireUnpaidHolds(database: Database, now = Date.now()): Promise<number> {
  const at = new Date(now).toISOString()
  const tenantIds = await database.withTenant(schedulerActor, async (tx) => {
    const rows = await tx
      .select({ tenantId: sql<string>`t.tenant_id` })
      .from(sql`portail_private.tenants_with_expired_holds(${at}::timestamptz) as t(tenant_id)`)
    return rows.map((row) => row.tenantId)
  })
  let released = 0
  for (const tenantId of tenantIds) {
    released += await database.withTenant({ actor: 'system', tenantId }, (tx) => sweepExpiredHolds(tx, tenantId, now))
  }
  return released
}
