import type { Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import { isActive } from './booking-status'
import type { BookingRow } from './my-bookings'

/** A booking of the staff member's tenant, locked for the change; NOT_FOUND when it is not theirs. */
export async function lockTenantBooking(tx: Tx, tenantId: string, id: string): Promise<BookingRow> {
  const [row] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, id)))
    .for('update')
  if (!row) throw new DomainError('NOT_FOUND', 'booking.notFound', { field: 'id' })
  return row
}

/** Only a booking still to happen (pending payment or confirmed) can be cancelled, moved or closed. */
export function requireActive(row: BookingRow): void {
  if (!isActive(row.status)) throw new DomainError('BAD_REQUEST', 'booking.notActive', { field: 'id' })
}
