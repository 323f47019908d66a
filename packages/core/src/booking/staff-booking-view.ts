import type { Tx } from '@portail/db'
import { bookings, clients, memberships, type ServiceAddress, users } from '@portail/db/schema'
import { and, asc, eq, type SQL } from 'drizzle-orm'
import { DomainError } from '../errors'
import type { BookingStatus } from './booking-status'

/** A booking as the staff calendar shows it (the contract's StaffBooking). */
export interface StaffBooking {
  id: string
  status: BookingStatus
  start: string
  end: string
  blockedFrom: string
  blockedUntil: string
  staffId: string
  staffName: string
  clientId: string
  clientName: string
  serviceId: string
  serviceNameFr: string
  serviceNameEn: string
  priceCents: number
  currency: string
  notes: string | null
  serviceAddress: ServiceAddress | null
  rescheduleCount: number
  seriesId: string | null
  cancellationReason: string | null
}

/**
 * Bookings of the staff member's tenant matching `where`, soonest first, with who performs each
 * (the member's chosen display name, else their account name) and for whom. Service names come
 * from the booking's snapshot: what the client booked, even if the service was renamed since.
 */
export async function readStaffBookings(tx: Tx, tenantId: string, where: SQL | undefined): Promise<StaffBooking[]> {
  const rows = await tx
    .select({
      booking: bookings,
      displayName: memberships.displayName,
      userName: users.name,
      clientName: clients.fullName,
    })
    .from(bookings)
    .innerJoin(memberships, and(eq(memberships.tenantId, bookings.tenantId), eq(memberships.id, bookings.membershipId)))
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(clients, and(eq(clients.tenantId, bookings.tenantId), eq(clients.id, bookings.clientId)))
    .where(and(eq(bookings.tenantId, tenantId), where))
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
  return rows.map(({ booking, displayName, userName, clientName }) => ({
    id: booking.id,
    status: booking.status,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    blockedFrom: booking.blockedFrom.toISOString(),
    blockedUntil: booking.blockedUntil.toISOString(),
    staffId: booking.membershipId,
    staffName: displayName ?? userName,
    clientId: booking.clientId,
    clientName,
    serviceId: booking.serviceId,
    serviceNameFr: booking.snapshot.service.nameFr,
    serviceNameEn: booking.snapshot.service.nameEn,
    priceCents: booking.priceCents,
    currency: booking.currency,
    notes: booking.notes,
    serviceAddress: booking.serviceAddress,
    rescheduleCount: booking.rescheduleCount,
    seriesId: booking.seriesId,
    cancellationReason: booking.cancellationReason,
  }))
}

/** One booking of the tenant; NOT_FOUND when there is none with this id (another tenant's included). */
export async function readStaffBooking(tx: Tx, tenantId: string, id: string): Promise<StaffBooking> {
  const [found] = await readStaffBookings(tx, tenantId, eq(bookings.id, id))
  if (!found) throw new DomainError('NOT_FOUND', 'booking.notFound', { field: 'id' })
  return found
}
