import { type PaymentsPort, PaymentsProviderError } from '@portail/billing'
import type { Database } from '@portail/db'
import { billingCustomers, bookings, invoices, payments } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import { and, eq, inArray } from 'drizzle-orm'
import { DomainError, isDomainError } from '../errors'
import { cancellationFeeOf } from '../invoices/booking-lines'
import { createBookingInvoice } from '../invoices/create-booking-invoice'
import { issueDraft } from '../invoices/issue-draft'
import { systemIssuer } from '../invoices/staff-context'
import { applicationFee, chargeableAccount } from './payment-account'
import type { PaymentsOptions } from './payments-options'
import { callProvider, idempotencyKeys } from './provider-call'
import { failCardPayment, settleCardPayment } from './settle-card-payment'

export interface CancellationFeeCharge {
  invoiceId: string
  /** The card payment attempted, or null when the fee is left on the issued invoice. */
  paymentId: string | null
  outcome: 'charged' | 'processing' | 'invoiced' | 'failed' | 'already'
}

/**
 * A visit cancelled late under its policy snapshot owes the fee recorded with its cancellation
 * (exactly what the client was shown). Its invoice (the visit's final invoice, with the fee line
 * and any deposit credit applied) is issued in any case; then, when the client has a default card
 * on the business's connected account, its balance is charged off-session (key
 * `cancellation-fee:<payment id>`), else it stays issued for the client to pay. A declined charge
 * or one that needs the client (3-D Secure) leaves the invoice due and sends `payment/failed`.
 * Called by the workflow that follows `booking/cancelled`; a second call finds the work done.
 */
export async function chargeCancellationFee(
  database: Database,
  processor: PaymentsPort,
  input: { tenantId: string; bookingId: string },
  options: PaymentsOptions = {},
): Promise<CancellationFeeCharge> {
  const now = options.now ?? Date.now()
  const { tenantId } = input
  const asSystem = { actor: 'system' as const, tenantId }
  const plan = await nudgeOutboxAfter(() =>
    database.withTenant(asSystem, async (tx) => {
      const [booking] = await tx
        .select()
        .from(bookings)
        .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, input.bookingId)))
        .for('update')
      if (!booking) throw new DomainError('NOT_FOUND', 'payment.bookingNotFound')
      if (booking.status !== 'cancelled' || (await cancellationFeeOf(tx, booking)) <= 0)
        throw new DomainError('CONFLICT', 'payment.noCancellationFee')
      const { invoiceId } = await createBookingInvoice(tx, { tenantId, bookingId: booking.id }, now)
      const [draft] = await tx
        .select()
        .from(invoices)
        .where(and(eq(invoices.tenantId, tenantId), eq(invoices.id, invoiceId)))
      const invoice =
        draft?.status === 'draft' ? await issueDraft(tx, systemIssuer(tenantId), invoiceId, { now }) : draft
      if (!invoice) throw new Error('cancellation invoice not found')
      const [earlier] = await tx
        .select({ id: payments.id })
        .from(payments)
        .where(
          and(
            eq(payments.tenantId, tenantId),
            eq(payments.invoiceId, invoiceId),
            eq(payments.purpose, 'cancellation_fee'),
            inArray(payments.status, ['pending', 'succeeded']),
          ),
        )
      const balance = invoice.totalCents - invoice.paidCents
      if (earlier || balance <= 0) return { invoiceId, charge: null, already: true }
      const [customer] = await tx
        .select()
        .from(billingCustomers)
        .where(and(eq(billingCustomers.tenantId, tenantId), eq(billingCustomers.clientId, booking.clientId)))
      const account = await chargeableAccount(tx, tenantId, options.defaultFee).catch((error: unknown) => {
        if (isDomainError(error)) return null
        throw error
      })
      if (!account || !customer?.defaultPaymentMethodId) return { invoiceId, charge: null, already: false }
      const fee = applicationFee(balance, account.fee)
      const [payment] = await tx
        .insert(payments)
        .values({
          tenantId,
          clientId: booking.clientId,
          bookingId: booking.id,
          invoiceId,
          purpose: 'cancellation_fee',
          method: 'card',
          amountCents: balance,
          applicationFeeCents: fee,
        })
        .returning()
      if (!payment) throw new Error('payment insert returned no row')
      return {
        invoiceId,
        already: false,
        charge: {
          payment,
          accountId: account.accountId,
          customerId: customer.stripeCustomerId,
          paymentMethodId: customer.defaultPaymentMethodId,
        },
      }
    }),
  )
  if (!plan.charge)
    return { invoiceId: plan.invoiceId, paymentId: null, outcome: plan.already ? 'already' : 'invoiced' }

  const { payment, accountId, customerId, paymentMethodId } = plan.charge
  let result: Awaited<ReturnType<PaymentsPort['chargeOffSession']>>
  try {
    result = await processor.chargeOffSession(
      {
        accountId,
        customerId,
        paymentMethodId,
        amountCents: payment.amountCents,
        currency: 'cad',
        applicationFeeCents: payment.applicationFeeCents,
        description: `Cancellation fee / Frais d'annulation`,
        metadata: { tenantId, paymentId: payment.id, bookingId: input.bookingId, invoiceId: plan.invoiceId },
      },
      idempotencyKeys.cancellationFee(payment.id),
    )
  } catch (error) {
    // Refused outright: the attempt is over and the invoice stays due. An outage leaves the payment
    // pending (the next call finds it and does not charge again; reconciliation settles it).
    if (error instanceof PaymentsProviderError && !error.retryable)
      await database.withTenant(asSystem, (tx) =>
        tx
          .update(payments)
          .set({ status: 'failed', failureCode: error.code?.slice(0, 200) ?? 'refused', updatedAt: new Date(now) })
          .where(and(eq(payments.tenantId, tenantId), eq(payments.id, payment.id), eq(payments.status, 'pending'))),
      )
    return callProvider(() => {
      throw error
    })
  }
  const at = new Date(now)
  return nudgeOutboxAfter(() =>
    database.withTenant(asSystem, async (tx) => {
      await tx
        .update(payments)
        .set({ stripePaymentIntentId: result.paymentIntentId, updatedAt: at })
        .where(and(eq(payments.tenantId, tenantId), eq(payments.id, payment.id)))
      if (result.status === 'succeeded') {
        await settleCardPayment(
          tx,
          tenantId,
          {
            paymentIntentId: result.paymentIntentId,
            amountCents: payment.amountCents,
            currency: 'cad',
            applicationFeeCents: payment.applicationFeeCents,
            card: null,
          },
          undefined,
          at,
        )
        return { invoiceId: plan.invoiceId, paymentId: payment.id, outcome: 'charged' as const }
      }
      if (result.status === 'processing')
        return { invoiceId: plan.invoiceId, paymentId: payment.id, outcome: 'processing' as const }
      await failCardPayment(
        tx,
        tenantId,
        {
          paymentIntentId: result.paymentIntentId,
          amountCents: payment.amountCents,
          code: result.status === 'requires_action' ? 'authentication_required' : result.failureCode,
          message: null,
        },
        undefined,
        at,
      )
      return { invoiceId: plan.invoiceId, paymentId: payment.id, outcome: 'failed' as const }
    }),
  )
}
