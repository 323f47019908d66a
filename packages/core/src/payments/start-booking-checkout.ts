import type { CheckoutLineItem, PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { bookings, checkoutSessions, payments } from '@portail/db/schema'
import { msPerMinute } from '@portail/validators'
import { type TStartBookingCheckoutInput, ZStartBookingCheckoutInput } from '@portail/validators'
import { and, desc, eq, gt } from 'drizzle-orm'
import type { ClientActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { quoteBookingPayment } from '../invoices/quote-booking-payment'
import { applicationFee, chargeableAccount } from './payment-account'
import type { PaymentsOptions } from './payments-options'
import { parseInput } from './parse-input'
import { type BookingCheckout, loadCheckoutPayer, openHostedCheckout } from './open-hosted-checkout'

/**
 * Stripe refuses a Checkout session that expires in less than 30 minutes; a minute more covers the
 * request's own time on the way.
 */
export const checkoutMinimumMinutes = 31

export type { BookingCheckout } from './open-hosted-checkout'

/**
 * A client pays the hold of its own booking on Stripe's hosted Checkout (on the business's
 * connected account, with the platform's fee). Three steps, never a network call inside a
 * transaction:
 * 1. (system, the booking locked) the booking must be this client's, pending payment, its hold
 *    not expired; an open session of it is answered as is (a retry, a second tab); else a
 *    checkout_sessions row is written with the amount of quoteBookingPayment (taxes included) and
 *    the hold is extended to the session's expiry (Stripe's 30-minute minimum is longer than our
 *    hold: the slot stays held while Stripe may still take the money);
 * 2. Stripe is asked for the session, with the key `checkout:<our id>` (a retry after an outage
 *    reuses the same row and key, so Stripe never makes two);
 * 3. (system) the session's id and url are stored.
 * An outage at step 2 is `payment.unavailable`; the row stays without a Stripe id and the next call
 * retries it. The booking is confirmed only by the webhook, never by the redirect.
 */
export async function startBookingCheckout(
  database: Database,
  processor: PaymentsPort,
  ctx: ClientActor,
  input: TStartBookingCheckoutInput,
  options: PaymentsOptions = {},
): Promise<BookingCheckout> {
  const parsed = parseInput(ZStartBookingCheckoutInput, input)
  const now = options.now ?? Date.now()
  const asClient = { actor: 'client' as const, tenantId: ctx.tenantId, userId: ctx.userId, clientId: ctx.clientId }

  // The client's own context first: another client's booking is simply not there (NOT_FOUND).
  const mine = await database.withTenant(asClient, async (tx) => {
    const [row] = await tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(
        and(
          eq(bookings.tenantId, ctx.tenantId),
          eq(bookings.id, parsed.bookingId),
          eq(bookings.clientId, ctx.clientId),
        ),
      )
    return row
  })
  if (!mine) throw new DomainError('NOT_FOUND', 'payment.bookingNotFound', { field: 'bookingId' })

  const prepared = await database.withTenant({ actor: 'system', tenantId: ctx.tenantId }, async (tx) => {
    const [booking] = await tx
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.tenantId, ctx.tenantId),
          eq(bookings.id, parsed.bookingId),
          eq(bookings.clientId, ctx.clientId),
        ),
      )
      .for('update')
    if (!booking) throw new DomainError('NOT_FOUND', 'payment.bookingNotFound', { field: 'bookingId' })
    const [paid] = await tx
      .select({ id: payments.id })
      .from(payments)
      .where(
        and(eq(payments.tenantId, ctx.tenantId), eq(payments.bookingId, booking.id), eq(payments.status, 'succeeded')),
      )
      .limit(1)
    if (paid || booking.status === 'confirmed') throw new DomainError('CONFLICT', 'payment.alreadyPaid')
    if (booking.status !== 'pending_payment') throw new DomainError('CONFLICT', 'payment.bookingNotPayable')
    if (!booking.holdExpiresAt || booking.holdExpiresAt.getTime() <= now)
      throw new DomainError('CONFLICT', 'payment.holdExpired')

    const [open] = await tx
      .select()
      .from(checkoutSessions)
      .where(
        and(
          eq(checkoutSessions.tenantId, ctx.tenantId),
          eq(checkoutSessions.bookingId, booking.id),
          eq(checkoutSessions.mode, 'payment'),
          eq(checkoutSessions.status, 'open'),
          gt(checkoutSessions.expiresAt, new Date(now)),
        ),
      )
      .orderBy(desc(checkoutSessions.createdAt))
      .limit(1)

    const account = await chargeableAccount(tx, ctx.tenantId, options.defaultFee)
    const payer = await loadCheckoutPayer(tx, ctx.tenantId, ctx.clientId)
    const quote = await quoteBookingPayment(tx, { tenantId: ctx.tenantId, bookingId: booking.id })
    if (quote.totalCents <= 0) throw new DomainError('CONFLICT', 'payment.nothingToPay')
    const name = parsed.locale === 'fr' ? booking.snapshot.service.nameFr : booking.snapshot.service.nameEn
    // One line of the whole amount, taxes included: the client's invoice (ours) itemises them.
    const lineItems: CheckoutLineItem[] = [{ name, amountCents: quote.totalCents, quantity: 1 }]

    if (open) return { session: open, lineItems, accountId: account.accountId, payer }

    const expiresAt = new Date(Math.max(booking.holdExpiresAt.getTime(), now + checkoutMinimumMinutes * msPerMinute))
    const [session] = await tx
      .insert(checkoutSessions)
      .values({
        tenantId: ctx.tenantId,
        clientId: ctx.clientId,
        bookingId: booking.id,
        mode: 'payment',
        purpose: quote.purpose,
        amountCents: quote.totalCents,
        applicationFeeCents: applicationFee(quote.totalCents, account.fee),
        expiresAt,
      })
      .returning()
    if (!session) throw new Error('checkout insert returned no row')
    if (expiresAt.getTime() > booking.holdExpiresAt.getTime())
      await tx
        .update(bookings)
        .set({ holdExpiresAt: expiresAt, updatedAt: new Date(now) })
        .where(and(eq(bookings.tenantId, ctx.tenantId), eq(bookings.id, booking.id)))
    return { session, lineItems, accountId: account.accountId, payer }
  })

  return openHostedCheckout(database, processor, ctx.tenantId, prepared, {
    metadata: { bookingId: parsed.bookingId, clientId: ctx.clientId },
    successUrl: parsed.successUrl,
    cancelUrl: parsed.cancelUrl,
    locale: parsed.locale,
    now,
  })
}
