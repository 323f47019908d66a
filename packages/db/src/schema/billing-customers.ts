import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { clients } from './clients'
import { createdAt, id, tenantId } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * The Stripe customer of a client, on the business's connected account (one per client).
 *
 * - staff read; workflows and webhooks (system) write; a client reads its own.
 */
export const billingCustomers = pgTable(
  'billing_customers',
  {
    tenantId: tenantId(),
    clientId: uuid('client_id').notNull(),
    stripeCustomerId: text('stripe_customer_id').notNull(),
    defaultPaymentMethodId: text('default_payment_method_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'billing_customers_pkey', columns: [t.tenantId, t.clientId] }),
    foreignKey({ name: 'billing_customers_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'billing_customers_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    unique('billing_customers_stripe_customer').on(t.tenantId, t.stripeCustomerId),
    rowPolicy('billing_customers_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('billing_customers_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'billing_customers_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
  ],
)

/**
 * Cards a client saved (a Stripe payment method on the connected account): what the portal shows
 * (brand, last 4 digits, expiry), never a card number. A removed card keeps its row (removed_at)
 * for the history of the payments made with it; at most one live default per client.
 *
 * - staff read; workflows and webhooks (system) write; a client reads its own.
 */
export const savedCards = pgTable(
  'saved_cards',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    stripePaymentMethodId: text('stripe_payment_method_id').notNull(),
    brand: text('brand').notNull(),
    last4: text('last4').notNull(),
    expMonth: integer('exp_month').notNull(),
    expYear: integer('exp_year').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'saved_cards_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'saved_cards_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'saved_cards_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    unique('saved_cards_stripe_payment_method').on(t.tenantId, t.stripePaymentMethodId),
    uniqueIndex('saved_cards_one_default')
      .on(t.tenantId, t.clientId)
      .where(sql`${t.isDefault} and ${t.removedAt} is null`),
    check('saved_cards_last4', sql`${t.last4} ~ '^[0-9]{4}$'`),
    check('saved_cards_expiry', sql`${t.expMonth} between 1 and 12 and ${t.expYear} between 2000 and 2200`),
    check('saved_cards_brand', sql`length(${t.brand}) between 1 and 40`),
    rowPolicy('saved_cards_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('saved_cards_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'saved_cards_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
  ],
)
