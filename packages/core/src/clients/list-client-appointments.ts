import type { Tx } from '@portail/db'
import { bookings, memberships, users } from '@portail/db/schema'
import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import type { BookingStatus } from '../booking/booking-status'
import { getClient } from './get-client'

/** One appointment of a client as its record page lists it (the calendar opens the detail). */
export interface ClientAppointment {
  id: string
  status: BookingStatus
  start: Date
  end: Date
  /** The service's names as booked (the booking's snapshot, even if renamed since). */
  serviceNameFr: string
  serviceNameEn: string
  /** Who performs it: the member's chosen display name, else their account name. */
  staffName: string
}

export interface ClientAppointments {
  /** Starting now or later, soonest first, cancelled ones included (their status says so). */
  upcoming: ClientAppointment[]
  /** Started before now, latest first. */
  past: ClientAppointment[]
}

/**
 * A client's appointments for the staff client page (bookings.read), at most `limit` each way.
 * Another business's client is NOT_FOUND like an unknown id; the bookings are read under the staff
 * member's RLS and filtered by tenant and client again.
 */
export async function listClientAppointments(
  tx: Tx,
  ctx: Pick<StaffActor, 'tenantId'>,
  input: { id: string; limit?: number },
  now: number = Date.now(),
): Promise<ClientAppointments> {
  await getClient(tx, ctx, { id: input.id })
  const limit = input.limit ?? 20
  const read = (when: SQL | undefined, order: SQL) =>
    tx
      .select({
        id: bookings.id,
        status: bookings.status,
        start: bookings.startsAt,
        end: bookings.endsAt,
        snapshot: bookings.snapshot,
        displayName: memberships.displayName,
        userName: users.name,
      })
      .from(bookings)
      .innerJoin(
        memberships,
        and(eq(memberships.tenantId, bookings.tenantId), eq(memberships.id, bookings.membershipId)),
      )
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(bookings.tenantId, ctx.tenantId), eq(bookings.clientId, input.id), when))
      .orderBy(order, asc(bookings.id))
      .limit(limit)
  const at = new Date(now)
  const [upcoming, past] = await Promise.all([
    read(gte(bookings.startsAt, at), asc(bookings.startsAt)),
    read(lt(bookings.startsAt, at), desc(bookings.startsAt)),
  ])
  const shape = (rows: Awaited<ReturnType<typeof read>>): ClientAppointment[] =>
    rows.map((row) => ({
      id: row.id,
      status: row.status,
      start: row.start,
      end: row.end,
      serviceNameFr: row.snapshot.service.nameFr,
      serviceNameEn: row.snapshot.service.nameEn,
      staffName: row.displayName ?? row.userName,
    }))
  return { upcoming: shape(upcoming), past: shape(past) }
}
