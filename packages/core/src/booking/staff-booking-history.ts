import type { Tx } from '@portail/db'
import { auditLog, clients, memberships, users } from '@portail/db/schema'
import { and, asc, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { readStaffBooking, type StaffBooking } from './staff-booking-view'

export interface BookingHistoryEntry {
  /** The audit action, e.g. booking.created, booking.cancelled. */
  action: string
  at: string
  /** Who acted: a team member's name, the client's name, or null for the system (an expired hold). */
  actorName: string | null
  actorRole: string
  reason: string | null
}

export type StaffBookingDetail = StaffBooking & { history: BookingHistoryEntry[] }

/** One booking of the tenant with its audit trail, oldest first. NOT_FOUND outside the tenant. */
export async function getStaffBooking(tx: Tx, staff: StaffActor, id: string): Promise<StaffBookingDetail> {
  const booking = await readStaffBooking(tx, staff.tenantId, id)
  const entries = await tx
    .select({
      action: auditLog.action,
      at: auditLog.createdAt,
      actorRole: auditLog.actorRole,
      reason: auditLog.reason,
      memberName: memberships.displayName,
      userName: users.name,
      clientName: clients.fullName,
    })
    .from(auditLog)
    .leftJoin(
      memberships,
      and(eq(memberships.tenantId, auditLog.tenantId), eq(memberships.userId, auditLog.actorUserId)),
    )
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(clients, and(eq(clients.tenantId, auditLog.tenantId), eq(clients.userId, auditLog.actorUserId)))
    .where(and(eq(auditLog.tenantId, staff.tenantId), eq(auditLog.entityType, 'booking'), eq(auditLog.entityId, id)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id))
  const history = entries.map((entry) => ({
    action: entry.action,
    at: entry.at.toISOString(),
    actorName:
      entry.actorRole === 'client' ? (entry.clientName ?? booking.clientName) : (entry.memberName ?? entry.userName),
    actorRole: entry.actorRole,
    reason: entry.reason,
  }))
  return { ...booking, history }
}
