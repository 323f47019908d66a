import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core'
import { operatorRole, paymentReconcileRole, paymentWebhookRole, staffRole, systemRole } from './actor-roles'
import { tenantId, updatedAt } from './columns'
import { isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/** Canadian provinces and territories (a tax province, a place of supply). */
export const billingProvinceCodes = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const
export type BillingProvinceCode = (typeof billingProvinceCodes)[number]

/** The SQL list of province codes, for CHECKs. */
export const provinceCheckList = sql.raw(billingProvinceCodes.map((code) => `'${code}'`).join(', '))

/** Stripe's card_payments capability of the connected account. */
export type CardPaymentsCapability = 'active' | 'inactive' | 'pending'

/**
 * One row per business: its Stripe connected account (mirrored from account events), platform fee
 * override, tax registrations and invoice defaults.
 *
 * - staff read and update their business's settings (registration numbers, terms, notes);
 * - workflows and webhooks (system) read and write them in their tenant;
 * - operators read every business's row and change only the two fee columns (column grants);
 * - Stripe webhooks (portail_payment_webhook) and the daily reconciliation
 *   (portail_payment_reconcile) see every row through column grants of the account columns only.
 * Clients read nothing here.
 *
 * stripe_account_id is unique per tenant only (catalog invariant: a unique index of a tenant table
 * leads with tenant_id). An account id is minted by Stripe for the onboarding of one business; the
 * webhook resolves it through the plain index below and refuses an event whose account matches two.
 */
export const tenantPaymentSettings = pgTable(
  'tenant_payment_settings',
  {
    tenantId: tenantId(),
    stripeAccountId: text('stripe_account_id'),
    chargesEnabled: boolean('charges_enabled').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    detailsSubmitted: boolean('details_submitted').notNull().default(false),
    cardPayments: text('card_payments').$type<CardPaymentsCapability>().notNull().default('inactive'),
    requirementsDue: text('requirements_due')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    disabledReason: text('disabled_reason'),
    /** event.created of the last applied account event: an older event changes nothing. */
    accountUpdatedAt: timestamp('account_updated_at', { withTimezone: true }),
    /** Null: the platform's configured default. */
    platformFeeBps: integer('platform_fee_bps'),
    platformFeeFixedCents: integer('platform_fee_fixed_cents'),
    taxProvince: text('tax_province').$type<BillingProvinceCode>().notNull().default('QC'),
    gstHstNumber: text('gst_hst_number'),
    qstNumber: text('qst_number'),
    pstNumber: text('pst_number'),
    invoiceTermsDays: integer('invoice_terms_days').notNull().default(30),
    invoiceNotesFr: text('invoice_notes_fr'),
    invoiceNotesEn: text('invoice_notes_en'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'tenant_payment_settings_pkey', columns: [t.tenantId] }),
    foreignKey({
      name: 'tenant_payment_settings_tenant_fk',
      columns: [t.tenantId],
      foreignColumns: [tenants.id],
    }).onDelete('cascade'),
    unique('tenant_payment_settings_stripe_account').on(t.tenantId, t.stripeAccountId),
    index('tenant_payment_settings_account_idx')
      .on(t.stripeAccountId)
      .where(sql`${t.stripeAccountId} is not null`),
    check('tenant_payment_settings_card_payments', sql`${t.cardPayments} in ('active', 'inactive', 'pending')`),
    check(
      'tenant_payment_settings_fees',
      sql`coalesce(${t.platformFeeBps}, 0) between 0 and 10000 and coalesce(${t.platformFeeFixedCents}, 0) between 0 and 10000`,
    ),
    check('tenant_payment_settings_tax_province', sql`${t.taxProvince} in (${provinceCheckList})`),
    check('tenant_payment_settings_terms', sql`${t.invoiceTermsDays} between 0 and 365`),
    check(
      'tenant_payment_settings_text_lengths',
      sql`coalesce(length(${t.gstHstNumber}), 0) <= 40 and coalesce(length(${t.qstNumber}), 0) <= 40
        and coalesce(length(${t.pstNumber}), 0) <= 40 and coalesce(length(${t.invoiceNotesFr}), 0) <= 2000
        and coalesce(length(${t.invoiceNotesEn}), 0) <= 2000`,
    ),
    rowPolicy('tenant_payment_settings_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('tenant_payment_settings_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('tenant_payment_settings_operator', operatorRole, sql`true`),
    rowPolicy('tenant_payment_settings_payment_webhook', paymentWebhookRole, sql`true`),
    rowPolicy('tenant_payment_settings_payment_reconcile', paymentReconcileRole, sql`true`),
  ],
)
