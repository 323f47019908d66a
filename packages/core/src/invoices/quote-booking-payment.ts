import { computeInvoiceTaxes, type InvoiceTaxes } from '@portail/billing'
import type { Tx } from '@portail/db'
import { bookings } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { formatDate, localDateOf } from '../calendar-date'
import { DomainError } from '../errors'
import { depositLine, visitLines } from './booking-lines'
import { loadBusinessBilling } from './business-billing'
import { type DraftLine, taxableLineOf } from './draft-line'
import { loadClientBilling, placeAndLanguage } from './invoice-parties'

export interface BookingPaymentQuote {
  purpose: 'deposit' | 'full'
  lines: DraftLine[]
  taxes: InvoiceTaxes
  /** What the client pays now, taxes included: the amount of the Checkout session. */
  totalCents: number
}

/**
 * What a client pays when booking a service that asks for it, taxes included: the deposit of the
 * booking's snapshot or the full price (both pre-tax), taxed as of today at the visit's place of
 * supply. The deposit's invoice (issueDepositInvoice) is computed by the same rules on the day it
 * is paid, so the two agree unless the business changes its registrations in between.
 */
export async function quoteBookingPayment(
  tx: Tx,
  input: { tenantId: string; bookingId: string },
  now = Date.now(),
): Promise<BookingPaymentQuote> {
  const [booking] = await tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.tenantId, input.tenantId), eq(bookings.id, input.bookingId)))
  if (!booking) throw new DomainError('NOT_FOUND', 'invoice.bookingNotFound', { field: 'bookingId' })
  const { snapshot } = booking
  const depositCents = snapshot.depositCents ?? 0
  let purpose: BookingPaymentQuote['purpose']
  let lines: DraftLine[]
  if (snapshot.paymentRule === 'deposit' && depositCents > 0) {
    purpose = 'deposit'
    lines = [depositLine(snapshot, booking.id, depositCents)]
  } else if (snapshot.paymentRule === 'full') {
    purpose = 'full'
    lines = visitLines(snapshot, booking.id)
  } else {
    throw new DomainError('BAD_REQUEST', 'invoice.noDepositDue', { field: 'bookingId' })
  }
  const [business, client] = await Promise.all([
    loadBusinessBilling(tx, input.tenantId),
    loadClientBilling(tx, input.tenantId, booking.clientId),
  ])
  const { placeOfSupply } = placeAndLanguage(business, client, booking.serviceAddress?.province ?? null)
  const taxes = computeInvoiceTaxes({
    lines: lines.map(taxableLineOf),
    placeOfSupply,
    date: formatDate(localDateOf(now, business.timeZone)),
    registrations: business.registrations,
  })
  return { purpose, lines, taxes, totalCents: taxes.totalCents }
}
