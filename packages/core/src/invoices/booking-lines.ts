import type { Tx } from '@portail/db'
import { auditLog, type BookingSnapshot, bookings } from '@portail/db/schema'
import { and, desc, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import type { DraftLine } from './draft-line'

export type BookingRow = typeof bookings.$inferSelect

export async function lockBooking(tx: Tx, tenantId: string, bookingId: string): Promise<BookingRow> {
  const [row] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, bookingId)))
    .for('update')
  if (!row) throw new DomainError('NOT_FOUND', 'invoice.bookingNotFound', { field: 'bookingId' })
  return row
}

/** The visit as the client agreed to it: the service, then each option, at the snapshot's prices. */
export const visitLines = (snapshot: BookingSnapshot, bookingId: string): DraftLine[] => [
  {
    descriptionFr: snapshot.service.nameFr,
    descriptionEn: snapshot.service.nameEn,
    quantity: 1,
    unitCents: snapshot.service.priceCents,
    amountCents: snapshot.service.priceCents,
    taxable: true,
    pstApplies: false,
    kind: 'service',
    bookingId,
  },
  ...snapshot.options.map((option): DraftLine => ({
    descriptionFr: option.nameFr,
    descriptionEn: option.nameEn,
    quantity: 1,
    unitCents: option.extraPriceCents,
    amountCents: option.extraPriceCents,
    taxable: true,
    pstApplies: false,
    kind: 'option',
    bookingId,
  })),
]

/** The deposit a booking asks for, as the one line of its deposit invoice. */
export const depositLine = (snapshot: BookingSnapshot, bookingId: string, depositCents: number): DraftLine => ({
  descriptionFr: `Acompte — ${snapshot.service.nameFr}`,
  descriptionEn: `Deposit — ${snapshot.service.nameEn}`,
  quantity: 1,
  unitCents: depositCents,
  amountCents: depositCents,
  taxable: true,
  pstApplies: false,
  // An advance on the service itself (next-wave §5: taxed when paid, like the service).
  kind: 'service',
  bookingId,
})

/**
 * The late-cancellation fee a cancelled booking owes: the one its cancellation recorded in the
 * audit log (the fee the client was shown and agreed to, or 0 when staff waived it), never one
 * recomputed from today's clock.
 */
export async function cancellationFeeOf(tx: Tx, booking: BookingRow): Promise<number> {
  const [entry] = await tx
    .select({ data: auditLog.data })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, booking.tenantId),
        eq(auditLog.entityType, 'booking'),
        eq(auditLog.entityId, booking.id),
        eq(auditLog.action, 'booking.cancelled'),
      ),
    )
    .orderBy(desc(auditLog.createdAt))
    .limit(1)
  const fee = Number(entry?.data.feeCents ?? 0)
  return Number.isSafeInteger(fee) && fee > 0 ? fee : 0
}

export const feeLine = (snapshot: BookingSnapshot, bookingId: string, feeCents: number): DraftLine => ({
  descriptionFr: `Frais d’annulation tardive — ${snapshot.service.nameFr}`,
  descriptionEn: `Late cancellation fee — ${snapshot.service.nameEn}`,
  quantity: 1,
  unitCents: feeCents,
  amountCents: feeCents,
  taxable: true,
  pstApplies: false,
  kind: 'fee',
  bookingId,
})
