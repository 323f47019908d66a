import { sql } from 'drizzle-orm'
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { invoices } from './billing-invoices'
import { bookings } from './bookings'
import { clients } from './clients'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { creditStatusEnum, paymentMethodEnum, paymentPurposeEnum, paymentStatusEnum, refundStatusEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/** The largest single payment, in cents (100 000 $). */
export const maxPaymentCents = 10_000_000

/**
 * Money received, or on its way: card payments through Stripe (a payment intent on the business's
 * connected account) and offline payments recorded by staff (cash, e-transfer, cheque). A payment
 * that succeeded gets a receipt number from the tenant's 'receipt' counter.
 *
 * - staff manage their business's payments; workflows and webhooks (system) too;
 * - a client reads its own.
 */
export const payments = pgTable(
  'payments',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    invoiceId: uuid('invoice_id'),
    bookingId: uuid('booking_id'),
    purpose: paymentPurposeEnum('purpose').notNull(),
    method: paymentMethodEnum('method').notNull(),
    status: paymentStatusEnum('status').notNull().default('pending'),
    amountCents: integer('amount_cents').notNull(),
    refundedCents: integer('refunded_cents').notNull().default(0),
    currency: text('currency').notNull().default('CAD'),
    applicationFeeCents: integer('application_fee_cents').notNull().default(0),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    stripeCheckoutSessionId: text('stripe_checkout_session_id'),
    cardBrand: text('card_brand'),
    cardLast4: text('card_last4'),
    failureCode: text('failure_code'),
    failureMessage: text('failure_message'),
    /** When it succeeded. */
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** Who recorded an offline payment. */
    recordedByUserId: uuid('recorded_by_user_id'),
    note: text('note'),
    receiptNumber: integer('receipt_number'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'payments_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'payments_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    foreignKey({
      name: 'payments_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'payments_invoice_fk',
      columns: [t.tenantId, t.invoiceId],
      foreignColumns: [invoices.tenantId, invoices.id],
    }),
    foreignKey({
      name: 'payments_booking_fk',
      columns: [t.tenantId, t.bookingId],
      foreignColumns: [bookings.tenantId, bookings.id],
    }),
    unique('payments_stripe_payment_intent').on(t.tenantId, t.stripePaymentIntentId),
    unique('payments_receipt_number').on(t.tenantId, t.receiptNumber),
    check('payments_amount', sql`${t.amountCents} > 0 and ${t.amountCents} <= ${sql.raw(String(maxPaymentCents))}`),
    check('payments_refunded', sql`${t.refundedCents} between 0 and ${t.amountCents}`),
    check('payments_application_fee', sql`${t.applicationFeeCents} between 0 and ${t.amountCents}`),
    check('payments_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('payments_card_last4', sql`${t.cardLast4} is null or ${t.cardLast4} ~ '^[0-9]{4}$'`),
    check('payments_receipt_number_positive', sql`${t.receiptNumber} is null or ${t.receiptNumber} > 0`),
    check('payments_received', sql`${t.status} <> 'succeeded' or ${t.receivedAt} is not null`),
    check(
      'payments_text_lengths',
      sql`coalesce(length(${t.note}), 0) <= 2000 and coalesce(length(${t.failureMessage}), 0) <= 2000
        and coalesce(length(${t.failureCode}), 0) <= 200 and coalesce(length(${t.cardBrand}), 0) <= 40`,
    ),
    index('payments_client_idx').on(t.tenantId, t.clientId, t.createdAt),
    index('payments_invoice_idx')
      .on(t.tenantId, t.invoiceId)
      .where(sql`${t.invoiceId} is not null`),
    index('payments_booking_idx')
      .on(t.tenantId, t.bookingId)
      .where(sql`${t.bookingId} is not null`),
    rowPolicy('payments_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('payments_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'payments_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
  ],
)

/**
 * Refunds of a payment (in part or in full), each with the credit note that documents it once
 * issued. The sum of a payment's succeeded refunds is kept in payments.refunded_cents.
 *
 * - staff manage; workflows and webhooks (system) too; a client reads its own.
 */
export const refunds = pgTable(
  'refunds',
  {
    tenantId: tenantId(),
    id: id(),
    paymentId: uuid('payment_id').notNull(),
    clientId: uuid('client_id').notNull(),
    creditNoteId: uuid('credit_note_id'),
    amountCents: integer('amount_cents').notNull(),
    reason: text('reason').notNull(),
    status: refundStatusEnum('status').notNull().default('pending'),
    stripeRefundId: text('stripe_refund_id'),
    requestedByUserId: uuid('requested_by_user_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'refunds_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'refunds_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    foreignKey({
      name: 'refunds_payment_fk',
      columns: [t.tenantId, t.paymentId],
      foreignColumns: [payments.tenantId, payments.id],
    }),
    foreignKey({
      name: 'refunds_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'refunds_credit_note_fk',
      columns: [t.tenantId, t.creditNoteId],
      foreignColumns: [invoices.tenantId, invoices.id],
    }),
    unique('refunds_stripe_refund').on(t.tenantId, t.stripeRefundId),
    check('refunds_amount', sql`${t.amountCents} > 0 and ${t.amountCents} <= ${sql.raw(String(maxPaymentCents))}`),
    check('refunds_reason', sql`length(${t.reason}) between 1 and 500`),
    index('refunds_payment_idx').on(t.tenantId, t.paymentId),
    rowPolicy('refunds_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('refunds_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('refunds_client', clientRole, sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`),
  ],
)

/**
 * Money a client holds with the business (a deposit kept as credit after a cancellation, an
 * overpayment), from the payment it came from; applied to a later invoice or refunded.
 *
 * - staff manage; workflows and webhooks (system) too; a client reads its own.
 */
export const clientCredits = pgTable(
  'client_credits',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    sourcePaymentId: uuid('source_payment_id').notNull(),
    bookingId: uuid('booking_id'),
    amountCents: integer('amount_cents').notNull(),
    remainingCents: integer('remaining_cents').notNull(),
    status: creditStatusEnum('status').notNull().default('available'),
    appliedInvoiceId: uuid('applied_invoice_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'client_credits_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'client_credits_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'client_credits_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'client_credits_source_payment_fk',
      columns: [t.tenantId, t.sourcePaymentId],
      foreignColumns: [payments.tenantId, payments.id],
    }),
    foreignKey({
      name: 'client_credits_booking_fk',
      columns: [t.tenantId, t.bookingId],
      foreignColumns: [bookings.tenantId, bookings.id],
    }),
    foreignKey({
      name: 'client_credits_applied_invoice_fk',
      columns: [t.tenantId, t.appliedInvoiceId],
      foreignColumns: [invoices.tenantId, invoices.id],
    }),
    check(
      'client_credits_amount',
      sql`${t.amountCents} > 0 and ${t.amountCents} <= ${sql.raw(String(maxPaymentCents))}`,
    ),
    check('client_credits_remaining', sql`${t.remainingCents} between 0 and ${t.amountCents}`),
    index('client_credits_client_idx').on(t.tenantId, t.clientId, t.status),
    rowPolicy('client_credits_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('client_credits_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'client_credits_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
  ],
)
