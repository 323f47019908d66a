import type { Tx } from '@portail/db'
import { clientCredits, invoices } from '@portail/db/schema'
import { and, asc, eq, gt, inArray, ne } from 'drizzle-orm'
import { DomainError } from '../errors'
import { cancellationFeeOf, feeLine, lockBooking, visitLines } from './booking-lines'
import { insertDraft } from './create-draft-invoice'
import { type DraftLine, subtotalOf } from './draft-line'
import type { Issuer } from './issue-draft'

/**
 * The draft of a visit's final invoice: the service and its options at the booking's snapshot
 * prices (or, for a visit cancelled late, the fee its cancellation recorded), then every available
 * credit of that booking (its deposit, pre-tax) as a negative `deposit_applied` line, so the taxes
 * are computed on the balance only (next-wave §5: the deposit was taxed when it was paid). Those
 * credits are marked applied to this invoice (in part when a credit exceeds what is left to pay).
 *
 * Idempotent per booking: while the booking has a final invoice that is not void (draft or
 * issued), a second call returns it. The booking row is locked first so two callers take turns.
 * Runs in the caller's transaction (staff "invoice this visit", or the booking workflow as system).
 */
export async function createBookingInvoice(
  tx: Tx,
  input: { tenantId: string; bookingId: string; by?: Omit<Issuer, 'tenantId'> },
  now = Date.now(),
): Promise<{ invoiceId: string; created: boolean }> {
  const issuer: Issuer = { tenantId: input.tenantId, ...(input.by ?? { userId: null, role: 'system' }) }
  const booking = await lockBooking(tx, input.tenantId, input.bookingId)
  const [existing] = await tx
    .select({ id: invoices.id })
    .from(invoices)
    .where(
      and(
        eq(invoices.tenantId, input.tenantId),
        eq(invoices.bookingId, booking.id),
        eq(invoices.kind, 'invoice'),
        inArray(invoices.source, ['booking', 'cancellation_fee']),
        ne(invoices.status, 'void'),
      ),
    )
    .limit(1)
  if (existing) return { invoiceId: existing.id, created: false }

  let charged: DraftLine[]
  if (booking.status === 'confirmed' || booking.status === 'completed') {
    charged = visitLines(booking.snapshot, booking.id)
  } else if (booking.status === 'cancelled' || booking.status === 'no_show') {
    const fee = booking.status === 'cancelled' ? await cancellationFeeOf(tx, booking) : 0
    if (fee === 0) throw new DomainError('BAD_REQUEST', 'invoice.bookingNotInvoiceable', { field: 'bookingId' })
    charged = [feeLine(booking.snapshot, booking.id, fee)]
  } else {
    throw new DomainError('BAD_REQUEST', 'invoice.bookingNotInvoiceable', { field: 'bookingId' })
  }

  const credits = await tx
    .select()
    .from(clientCredits)
    .where(
      and(
        eq(clientCredits.tenantId, input.tenantId),
        eq(clientCredits.bookingId, booking.id),
        eq(clientCredits.clientId, booking.clientId),
        eq(clientCredits.status, 'available'),
        gt(clientCredits.remainingCents, 0),
      ),
    )
    .orderBy(asc(clientCredits.createdAt))
    .for('update')
  let left = subtotalOf(charged)
  const applied: { id: string; cents: number; remaining: number }[] = []
  for (const credit of credits) {
    const cents = Math.min(credit.remainingCents, left)
    if (cents <= 0) break
    applied.push({ id: credit.id, cents, remaining: credit.remainingCents - cents })
    left -= cents
  }
  const lines: DraftLine[] = [
    ...charged,
    ...applied.map(({ cents }): DraftLine => ({
      descriptionFr: 'Acompte déjà payé',
      descriptionEn: 'Deposit already paid',
      quantity: 1,
      unitCents: -cents,
      amountCents: -cents,
      taxable: true,
      pstApplies: false,
      kind: 'deposit_applied',
      bookingId: booking.id,
    })),
  ]
  const invoiceId = await insertDraft(
    tx,
    issuer,
    {
      clientId: booking.clientId,
      bookingId: booking.id,
      source: booking.status === 'cancelled' || booking.status === 'no_show' ? 'cancellation_fee' : 'booking',
      lines,
      notes: null,
    },
    now,
  )
  const at = new Date(now)
  for (const credit of applied)
    await tx
      .update(clientCredits)
      .set({
        remainingCents: credit.remaining,
        status: credit.remaining === 0 ? 'applied' : 'available',
        appliedInvoiceId: invoiceId,
        updatedAt: at,
      })
      .where(and(eq(clientCredits.tenantId, input.tenantId), eq(clientCredits.id, credit.id)))
  return { invoiceId, created: true }
}
