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
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { clientRole, publicRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { isCurrentTenant } from './context'
import { paymentRuleEnum } from './enums'
import { memberships } from './memberships'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * What a business sells by appointment. Names and descriptions exist in French and English.
 *
 * - visitors and clients read the active services of the current tenant (the booking wizard);
 * - staff manage their tenant's catalog; workflows read it.
 * A service with bookings cannot be deleted (bookings reference it): staff deactivate it.
 */
export const services = pgTable(
  'services',
  {
    tenantId: tenantId(),
    id: id(),
    nameFr: text('name_fr').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionFr: text('description_fr').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    durationMinutes: integer('duration_minutes').notNull(),
    priceCents: integer('price_cents').notNull().default(0),
    currency: text('currency').notNull().default('CAD'),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    paymentRule: paymentRuleEnum('payment_rule').notNull().default('none'),
    /** Set exactly when the payment rule is a deposit. */
    depositCents: integer('deposit_cents'),
    active: boolean('active').notNull().default(true),
    displayOrder: integer('display_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'services_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'services_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    check('services_duration', sql`${t.durationMinutes} between 5 and 1440`),
    check('services_price', sql`${t.priceCents} >= 0`),
    check('services_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'services_buffers',
      sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`,
    ),
    check(
      'services_deposit',
      sql`(${t.paymentRule} = 'deposit') = (${t.depositCents} is not null) and coalesce(${t.depositCents}, 0) between 0 and ${t.priceCents}`,
    ),
    index('services_tenant_order_idx').on(t.tenantId, t.displayOrder, t.id),
    rowPolicy('services_public', publicRole, sql`${isCurrentTenant(t.tenantId)} and ${t.active}`),
    rowPolicy('services_client', clientRole, sql`${isCurrentTenant(t.tenantId)} and ${t.active}`),
    rowPolicy('services_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('services_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)

/**
 * Add-ons of one service that add time and money (e.g. "filter cleaning", +30 min, +40 $).
 * Same readers and writers as services; options die with their service.
 */
export const serviceOptions = pgTable(
  'service_options',
  {
    tenantId: tenantId(),
    id: id(),
    serviceId: uuid('service_id').notNull(),
    nameFr: text('name_fr').notNull(),
    nameEn: text('name_en').notNull(),
    extraMinutes: integer('extra_minutes').notNull().default(0),
    extraPriceCents: integer('extra_price_cents').notNull().default(0),
    active: boolean('active').notNull().default(true),
    displayOrder: integer('display_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'service_options_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'service_options_service_fk',
      columns: [t.tenantId, t.serviceId],
      foreignColumns: [services.tenantId, services.id],
    }).onDelete('cascade'),
    check('service_options_extra', sql`${t.extraMinutes} between 0 and 480 and ${t.extraPriceCents} >= 0`),
    index('service_options_service_idx').on(t.tenantId, t.serviceId, t.displayOrder),
    rowPolicy('service_options_public', publicRole, sql`${isCurrentTenant(t.tenantId)} and ${t.active}`),
    rowPolicy('service_options_client', clientRole, sql`${isCurrentTenant(t.tenantId)} and ${t.active}`),
    rowPolicy('service_options_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('service_options_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)

/**
 * Which staff member (membership) performs which service. Visitors and clients read the pairs
 * (to offer "anyone" or a person); staff manage them; workflows read them.
 */
export const staffServices = pgTable(
  'staff_services',
  {
    tenantId: tenantId(),
    id: id(),
    membershipId: uuid('membership_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'staff_services_pkey', columns: [t.tenantId, t.id] }),
    unique('staff_services_pair_key').on(t.tenantId, t.membershipId, t.serviceId),
    foreignKey({
      name: 'staff_services_membership_fk',
      columns: [t.tenantId, t.membershipId],
      foreignColumns: [memberships.tenantId, memberships.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'staff_services_service_fk',
      columns: [t.tenantId, t.serviceId],
      foreignColumns: [services.tenantId, services.id],
    }).onDelete('cascade'),
    index('staff_services_service_idx').on(t.tenantId, t.serviceId),
    rowPolicy('staff_services_public', publicRole, isCurrentTenant(t.tenantId)),
    rowPolicy('staff_services_client', clientRole, isCurrentTenant(t.tenantId)),
    rowPolicy('staff_services_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('staff_services_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
