import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { provinceCheckList, type BillingProvinceCode } from './billing-payment-settings'
import { bookings } from './bookings'
import { clients } from './clients'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { invoiceKindEnum, invoiceStatusEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/** One tax of an invoice as printed (the shape of @portail/billing's TaxAmount). */
export interface InvoiceTaxAmount {
  code: 'GST' | 'HST' | 'QST' | 'PST' | 'RST'
  ratePercent: number
  amountCents: number
}

/** The business as it was when the invoice was issued (a later change of address rewrites nothing). */
export interface InvoiceSellerSnapshot {
  name: string
  address: string[]
  email: string | null
  phone: string | null
  gstHstNumber: string | null
  qstNumber: string | null
  pstNumber: string | null
}

/** The client as it was when the invoice was issued. */
export interface InvoiceBuyerSnapshot {
  name: string
  address: string[]
  email: string | null
}

export const invoiceSources = ['staff', 'booking', 'deposit', 'subscription', 'cancellation_fee', 'refund'] as const
export type InvoiceSource = (typeof invoiceSources)[number]
export type InvoiceLanguage = 'fr' | 'en' | 'fr-en'
export const invoiceLineKinds = ['service', 'option', 'fee', 'deposit_applied', 'custom', 'plan'] as const
export type InvoiceLineKind = (typeof invoiceLineKinds)[number]

const sqlList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

/**
 * Invoices and credit notes. A draft has no number; issuing takes the next number of the tenant's
 * counter ('invoice' or 'credit_note', tenant_counters) in the issuing transaction, so numbers are
 * gapless per business and kind, and snapshots the seller and the buyer. Amounts are integer cents;
 * a credit note's are negative. A credit note names the invoice it credits.
 *
 * - staff manage their business's invoices; workflows and webhooks (system) too;
 * - a client reads its own issued invoices (never a draft).
 */
export const invoices = pgTable(
  'invoices',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    bookingId: uuid('booking_id'),
    kind: invoiceKindEnum('kind').notNull().default('invoice'),
    creditsInvoiceId: uuid('credits_invoice_id'),
    status: invoiceStatusEnum('status').notNull().default('draft'),
    number: integer('number'),
    source: text('source').$type<InvoiceSource>().notNull(),
    currency: text('currency').notNull().default('CAD'),
    language: text('language').$type<InvoiceLanguage>().notNull(),
    placeOfSupply: text('place_of_supply').$type<BillingProvinceCode>().notNull(),
    issueDate: date('issue_date'),
    dueDate: date('due_date'),
    subtotalCents: integer('subtotal_cents').notNull(),
    taxCents: integer('tax_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    paidCents: integer('paid_cents').notNull().default(0),
    taxes: jsonb('taxes').$type<InvoiceTaxAmount[]>().notNull().default([]),
    seller: jsonb('seller').$type<InvoiceSellerSnapshot>(),
    buyer: jsonb('buyer').$type<InvoiceBuyerSnapshot>(),
    notes: text('notes'),
    /** A subscription invoice mirrored from Stripe. */
    stripeInvoiceId: text('stripe_invoice_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedByUserId: uuid('issued_by_user_id'),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'invoices_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'invoices_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    foreignKey({
      name: 'invoices_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'invoices_booking_fk',
      columns: [t.tenantId, t.bookingId],
      foreignColumns: [bookings.tenantId, bookings.id],
    }),
    foreignKey({
      name: 'invoices_credits_invoice_fk',
      columns: [t.tenantId, t.creditsInvoiceId],
      foreignColumns: [t.tenantId, t.id],
    }),
    unique('invoices_number').on(t.tenantId, t.kind, t.number),
    // The target of invoice_lines' foreign key, which holds a line's client_id equal to its invoice's.
    unique('invoices_client_key').on(t.tenantId, t.id, t.clientId),
    unique('invoices_stripe_invoice').on(t.tenantId, t.stripeInvoiceId),
    check(
      'invoices_number_when_issued',
      sql`(${t.number} is null) = (${t.status} = 'draft') and coalesce(${t.number}, 1) > 0`,
    ),
    check('invoices_credits', sql`(${t.creditsInvoiceId} is not null) = (${t.kind} = 'credit_note')`),
    check('invoices_source', sql`${t.source} in (${sqlList(invoiceSources)})`),
    check('invoices_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('invoices_language', sql`${t.language} in ('fr', 'en', 'fr-en')`),
    check('invoices_place_of_supply', sql`${t.placeOfSupply} in (${provinceCheckList})`),
    check('invoices_total', sql`${t.totalCents} = ${t.subtotalCents} + ${t.taxCents}`),
    check(
      'invoices_amount_bounds',
      sql`abs(${t.totalCents}) <= 100000000 and abs(${t.subtotalCents}) <= 100000000 and abs(${t.taxCents}) <= 100000000
        and ${t.paidCents} between 0 and 100000000`,
    ),
    check(
      'invoices_due_after_issue',
      sql`${t.dueDate} is null or ${t.issueDate} is null or ${t.dueDate} >= ${t.issueDate}`,
    ),
    check('invoices_void', sql`(${t.status} = 'void') = (${t.voidedAt} is not null)`),
    check(
      'invoices_text_lengths',
      sql`coalesce(length(${t.notes}), 0) <= 2000 and coalesce(length(${t.voidReason}), 0) <= 500`,
    ),
    index('invoices_client_status_idx').on(t.tenantId, t.clientId, t.status),
    index('invoices_status_issue_date_idx').on(t.tenantId, t.status, t.issueDate),
    index('invoices_booking_idx')
      .on(t.tenantId, t.bookingId)
      .where(sql`${t.bookingId} is not null`),
    rowPolicy('invoices_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('invoices_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'invoices_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId} and ${t.status} <> 'draft'`,
    ),
  ],
)

/**
 * The lines of an invoice, by position. client_id is the invoice's (copied when the line is
 * written, and held equal by the composite foreign key to the invoice) so the client policy reads
 * its own column; a client sees the lines of its own invoices once issued: the policy also checks
 * that the invoice is visible to it (an EXISTS that runs under the client's own invoice policy),
 * rather than a copied flag that issuing would have to keep in step.
 */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    tenantId: tenantId(),
    invoiceId: uuid('invoice_id').notNull(),
    position: integer('position').notNull(),
    clientId: uuid('client_id').notNull(),
    descriptionFr: text('description_fr').notNull(),
    descriptionEn: text('description_en').notNull(),
    quantity: integer('quantity').notNull(),
    unitCents: integer('unit_cents').notNull(),
    amountCents: integer('amount_cents').notNull(),
    taxable: boolean('taxable').notNull().default(true),
    pstApplies: boolean('pst_applies').notNull().default(false),
    kind: text('kind').$type<InvoiceLineKind>().notNull(),
    bookingId: uuid('booking_id'),
  },
  (t) => [
    primaryKey({ name: 'invoice_lines_pkey', columns: [t.tenantId, t.invoiceId, t.position] }),
    foreignKey({ name: 'invoice_lines_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'invoice_lines_invoice_fk',
      columns: [t.tenantId, t.invoiceId, t.clientId],
      foreignColumns: [invoices.tenantId, invoices.id, invoices.clientId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'invoice_lines_booking_fk',
      columns: [t.tenantId, t.bookingId],
      foreignColumns: [bookings.tenantId, bookings.id],
    }),
    check('invoice_lines_position', sql`${t.position} between 1 and 500`),
    check(
      'invoice_lines_descriptions',
      sql`length(${t.descriptionFr}) between 1 and 500 and length(${t.descriptionEn}) between 1 and 500`,
    ),
    check('invoice_lines_quantity', sql`${t.quantity} between 1 and 1000`),
    check(
      'invoice_lines_amount',
      sql`${t.amountCents} = ${t.quantity} * ${t.unitCents} and abs(${t.unitCents}) <= 10000000`,
    ),
    check('invoice_lines_kind', sql`${t.kind} in (${sqlList(invoiceLineKinds)})`),
    rowPolicy('invoice_lines_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('invoice_lines_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'invoice_lines_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId} and exists (select from invoices i where i.tenant_id = ${t.tenantId} and i.id = ${t.invoiceId} and i.status <> 'draft')`,
    ),
  ],
)
