import type { Tx } from '@portail/db'
import { bookings, clients, memberships, type ServiceAddress, users } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import type { BookingStatus } from './booking-policy'

/** A booking as the staff calendar shows it (the contract's StaffBooking). */
export interface ChangedBooking {
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

/** One booking of the staff member's tenant after a change, with who performs it and for whom. */
export async function changedBookingView(tx: Tx, tenantId: string, id: string): Promise<ChangedBooking> {
  const [row] = await tx
    .select({ booking: bookings, staffName: users.name, clientName: clients.fullName })
    .from(bookings)
    .innerJoin(memberships, and(eq(memberships.tenantId, bookings.tenantId), eq(memberships.id, bookings.membershipId)))
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(clients, and(eq(clients.tenantId, bookings.tenantId), eq(clients.id, bookings.clientId)))
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, id)))
  if (!row) throw new DomainError('NOT_FOUND', 'booking.notFound', { field: 'id' })
  const { booking } = row
  return {
    id: booking.id,
    status: booking.status,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    blockedFrom: booking.blockedFrom.toISOString(),
    blockedUntil: booking.blockedUntil.toISOString(),
    staffId: booking.membershipId,
    staffName: row.staffName,
    clientId: booking.clientId,
    clientName: row.clientName,
    serviceId: booking.serviceId,
    serviceNameFr: booking.snapshot.service.nameFr,
    serviceNameEn: booking.snapshot.service.nameEn,
    priceCents: booking.priceCents,
    currency: booking.currency,
    notes: booking.notes,
    serviceAddress: booking.serviceAddress,
    rescheduleCount: booking.rescheduleCount,
    seriesId: null,
    cancellationReason: booking.cancellationReason,
  }
}
