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
import { maxPaymentCents } from './billing-payments'
import { bookings } from './bookings'
import { clients } from './clients'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { checkoutModeEnum, checkoutStatusEnum, paymentPurposeEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * Stripe Checkout sessions we opened: to take a payment (a deposit, a booking, an invoice) or to
 * save a card (setup). The row is written before Stripe is called (stripe_session_id null until it
 * answers) so a retried request finds it; completion comes from the webhook.
 *
 * - staff read; workflows, webhooks and the checkout flow (system) write; a client reads its own.
 */
export const checkoutSessions = pgTable(
  'checkout_sessions',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    bookingId: uuid('booking_id'),
    invoiceId: uuid('invoice_id'),
    mode: checkoutModeEnum('mode').notNull(),
    purpose: paymentPurposeEnum('purpose'),
    amountCents: integer('amount_cents').notNull().default(0),
    applicationFeeCents: integer('application_fee_cents').notNull().default(0),
    status: checkoutStatusEnum('status').notNull().default('open'),
    stripeSessionId: text('stripe_session_id'),
    url: text('url'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'checkout_sessions_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'checkout_sessions_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'checkout_sessions_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'checkout_sessions_booking_fk',
      columns: [t.tenantId, t.bookingId],
      foreignColumns: [bookings.tenantId, bookings.id],
    }),
    foreignKey({
      name: 'checkout_sessions_invoice_fk',
      columns: [t.tenantId, t.invoiceId],
      foreignColumns: [invoices.tenantId, invoices.id],
    }),
    unique('checkout_sessions_stripe_session').on(t.tenantId, t.stripeSessionId),
    // A payment checkout says what it is for and takes money; a setup checkout takes none.
    check(
      'checkout_sessions_mode',
      sql`(${t.mode} = 'payment') = (${t.purpose} is not null)
        and (${t.mode} = 'payment') = (${t.amountCents} > 0)`,
    ),
    check(
      'checkout_sessions_amounts',
      sql`${t.amountCents} between 0 and ${sql.raw(String(maxPaymentCents))} and ${t.applicationFeeCents} between 0 and ${t.amountCents}`,
    ),
    check('checkout_sessions_url', sql`${t.url} is null or length(${t.url}) <= 2000`),
    index('checkout_sessions_booking_idx').on(t.tenantId, t.bookingId),
    rowPolicy('checkout_sessions_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('checkout_sessions_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'checkout_sessions_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
  ],
)
