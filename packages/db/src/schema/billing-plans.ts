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
  uuid,
} from 'drizzle-orm/pg-core'
import { clientRole, publicRole, staffRole, systemRole } from './actor-roles'
import { services } from './booking-catalog'
import { clients } from './clients'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

export type PlanInterval = 'week' | 'month'

/**
 * Recurring payment plans a business offers (e.g. weekly pool maintenance from May to September,
 * billed monthly): a pre-tax amount per period; a season, when set, bounds the months it runs.
 *
 * - visitors and clients read the active plans of the current business;
 * - staff manage them; workflows (system) read and write them.
 */
export const paymentPlans = pgTable(
  'payment_plans',
  {
    tenantId: tenantId(),
    id: id(),
    nameFr: text('name_fr').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionFr: text('description_fr').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    /** Before taxes, per period. */
    amountCents: integer('amount_cents').notNull(),
    interval: text('interval').$type<PlanInterval>().notNull(),
    intervalCount: integer('interval_count').notNull().default(1),
    serviceId: uuid('service_id'),
    seasonStartMonth: integer('season_start_month'),
    seasonEndMonth: integer('season_end_month'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'payment_plans_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'payment_plans_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'payment_plans_service_fk',
      columns: [t.tenantId, t.serviceId],
      foreignColumns: [services.tenantId, services.id],
    }),
    check('payment_plans_names', sql`length(${t.nameFr}) between 1 and 120 and length(${t.nameEn}) between 1 and 120`),
    check('payment_plans_descriptions', sql`length(${t.descriptionFr}) <= 2000 and length(${t.descriptionEn}) <= 2000`),
    check('payment_plans_amount', sql`${t.amountCents} between 1 and 10000000`),
    check('payment_plans_interval', sql`${t.interval} in ('week', 'month') and ${t.intervalCount} between 1 and 12`),
    check(
      'payment_plans_season',
      sql`(${t.seasonStartMonth} is null) = (${t.seasonEndMonth} is null)
        and coalesce(${t.seasonStartMonth}, 1) between 1 and 12 and coalesce(${t.seasonEndMonth}, 1) between 1 and 12`,
    ),
    rowPolicy('payment_plans_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('payment_plans_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('payment_plans_client', clientRole, sql`${isCurrentTenant(t.tenantId)} and ${t.active}`),
    rowPolicy('payment_plans_public', publicRole, sql`${isCurrentTenant(t.tenantId)} and ${t.active}`),
  ],
)

/** Stripe's subscription statuses, mirrored as they come. */
export const planSubscriptionStatuses = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const
export type PlanSubscriptionStatus = (typeof planSubscriptionStatuses)[number]

/**
 * A client's subscription to a plan, mirrored from Stripe's subscription events (applied only when
 * newer than status_updated_at).
 *
 * - staff manage; workflows and webhooks (system) too; a client reads its own.
 */
export const planSubscriptions = pgTable(
  'plan_subscriptions',
  {
    tenantId: tenantId(),
    id: id(),
    planId: uuid('plan_id').notNull(),
    clientId: uuid('client_id').notNull(),
    stripeSubscriptionId: text('stripe_subscription_id'),
    status: text('status').$type<PlanSubscriptionStatus>().notNull().default('incomplete'),
    /** Per period, taxes included, as charged. */
    amountCents: integer('amount_cents').notNull(),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    paymentFailedAt: timestamp('payment_failed_at', { withTimezone: true }),
    /** event.created of the last applied subscription event. */
    statusUpdatedAt: timestamp('status_updated_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'plan_subscriptions_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'plan_subscriptions_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'plan_subscriptions_plan_fk',
      columns: [t.tenantId, t.planId],
      foreignColumns: [paymentPlans.tenantId, paymentPlans.id],
    }),
    foreignKey({
      name: 'plan_subscriptions_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    unique('plan_subscriptions_stripe_subscription').on(t.tenantId, t.stripeSubscriptionId),
    check(
      'plan_subscriptions_status',
      sql`${t.status} in (${sql.raw(planSubscriptionStatuses.map((s) => `'${s}'`).join(', '))})`,
    ),
    check('plan_subscriptions_amount', sql`${t.amountCents} between 1 and 20000000`),
    index('plan_subscriptions_client_idx').on(t.tenantId, t.clientId),
    rowPolicy('plan_subscriptions_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('plan_subscriptions_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'plan_subscriptions_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
  ],
)
