import { sql } from 'drizzle-orm'
import { boolean, check, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import {
  clerkSyncRole,
  clientRole,
  onboardingRole,
  operatorRole,
  publicRole,
  resolverRole,
  staffRole,
  systemRole,
} from './actor-roles'
import { citext, createdAt, id, updatedAt } from './columns'
import { currentTenantId } from './context'
import { rowPolicy } from './row-policy'
import type { ServiceAddress } from './postal-address'
import { localeEnum, tenantStatusEnum } from './enums'

export interface TenantBranding {
  primaryColor?: string
}

export type TenantSettings = Record<string, unknown>

/**
 * A business on the platform. The registry itself is not tenant-owned: its `id` is the tenant id.
 *
 * Who may do what (policies below, columns in the grants migration):
 * - visitors and clients read their own tenant's public columns (name, trade, status, time zone,
 *   language, branding, contact phone and address), never settings or the identity provider's id;
 * - staff read their own tenant and update its profile and settings;
 * - workflows read their own tenant;
 * - operators read every tenant and change only its status, each change audited by core.
 * Host -> tenant resolution happens before any context exists: see portail_private.tenant_by_slug.
 * Businesses are created through portail_private.create_tenant only (its owner may insert here).
 */
export const tenants = pgTable(
  'tenants',
  {
    id: id().primaryKey(),
    slug: citext('slug').notNull().unique(),
    name: text('name').notNull(),
    trade: text('trade').notNull(),
    status: tenantStatusEnum('status').notNull().default('active'),
    suspendedReason: text('suspended_reason'),
    clerkOrgId: text('clerk_org_id').unique(),
    /** Clerk's updated_at of the organization data last applied (name); older events are ignored. */
    clerkUpdatedAt: timestamp('clerk_updated_at', { withTimezone: true }),
    timeZone: text('time_zone').notNull().default('America/Toronto'),
    defaultLocale: localeEnum('default_locale').notNull().default('fr'),
    /** The privacy notice a client accepts on joining the portal (Law 25); a new version asks again. */
    privacyNoticeVersion: text('privacy_notice_version').notNull().default('2026-11-01'),
    /**
     * The person in charge of the protection of personal information (Law 25 requires the contact
     * on the portal): public, shown with the privacy notice; staff set it. Both or neither.
     */
    privacyOfficerName: text('privacy_officer_name'),
    privacyOfficerEmail: text('privacy_officer_email'),
    /** What the business says about itself on its public page, in each language (staff write it). */
    descriptionFr: text('description_fr'),
    descriptionEn: text('description_en'),
    branding: jsonb('branding').$type<TenantBranding>().notNull().default({}),
    /**
     * How visitors reach the business, shown on its public page; staff set them. The phone in E.164
     * (core normalises it), the address shaped like a client's service address (same validator).
     */
    contactPhone: text('contact_phone'),
    contactAddress: jsonb('contact_address').$type<ServiceAddress>(),
    /**
     * The logo (public: every portal page shows it): its file in the storage port, the type its bytes
     * proved (PNG, JPEG or WebP), and a counter bumped by each upload that names it in URLs, so a
     * browser may cache one version for good. Staff set it; key and type go together.
     */
    logoKey: text('logo_key'),
    logoContentType: text('logo_content_type'),
    logoVersion: integer('logo_version').notNull().default(0),
    settings: jsonb('settings').$type<TenantSettings>().notNull().default({}),
    // Booking settings: public (the wizard shows the policy and computes slots), staff change them.
    bookingMinNoticeMinutes: integer('booking_min_notice_minutes').notNull().default(120),
    bookingMaxAdvanceDays: integer('booking_max_advance_days').notNull().default(60),
    bookingSlotIntervalMinutes: integer('booking_slot_interval_minutes').notNull().default(30),
    /** Cancelling or rescheduling is free until this many hours before the start. */
    bookingFreeCancelHours: integer('booking_free_cancel_hours').notNull().default(24),
    /** After the free window: a fee of this percent of the price… */
    bookingLateCancelFeePercent: integer('booking_late_cancel_fee_percent').notNull().default(0),
    /** …and/or the deposit is kept. */
    bookingLateCancelKeepsDeposit: boolean('booking_late_cancel_keeps_deposit').notNull().default(false),
    bookingMaxReschedules: integer('booking_max_reschedules').notNull().default(2),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'tenants_privacy_officer',
      sql`(${t.privacyOfficerName} is null) = (${t.privacyOfficerEmail} is null)
        and (${t.privacyOfficerEmail} is null or ${t.privacyOfficerEmail} ~ '^[^@\\s]+@[^@\\s]+$')`,
    ),
    check(
      'tenants_booking_settings',
      sql`${t.bookingMinNoticeMinutes} between 0 and 43200 and ${t.bookingMaxAdvanceDays} between 1 and 730
        and ${t.bookingSlotIntervalMinutes} between 5 and 240 and ${t.bookingFreeCancelHours} between 0 and 720
        and ${t.bookingLateCancelFeePercent} between 0 and 100 and ${t.bookingMaxReschedules} between 0 and 20`,
    ),
    check(
      'tenants_description_length',
      sql`coalesce(char_length(${t.descriptionFr}), 0) <= 2000 and coalesce(char_length(${t.descriptionEn}), 0) <= 2000`,
    ),
    check(
      'tenants_logo',
      sql`(${t.logoKey} is null) = (${t.logoContentType} is null)
        and (${t.logoContentType} is null or ${t.logoContentType} in ('image/png', 'image/jpeg', 'image/webp'))
        and ${t.logoVersion} >= 0`,
    ),
    check(
      'tenants_contact',
      sql`(${t.contactPhone} is null or ${t.contactPhone} ~ '^\\+[1-9][0-9]{7,14}$')
        and (${t.contactAddress} is null or jsonb_typeof(${t.contactAddress}) = 'object')`,
    ),
    check('tenants_slug_format', sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$'`),
    rowPolicy('tenants_public', publicRole, sql`${t.id} = ${currentTenantId}`),
    rowPolicy('tenants_client', clientRole, sql`${t.id} = ${currentTenantId}`),
    rowPolicy('tenants_staff', staffRole, sql`${t.id} = ${currentTenantId}`),
    rowPolicy('tenants_system', systemRole, sql`${t.id} = ${currentTenantId}`),
    // Operators run the whole platform: every row, but the grants let them change the status only.
    rowPolicy('tenants_operator', operatorRole, sql`true`),
    // Owner of portail_private.tenant_by_slug: reads the registry, holds no write grant.
    rowPolicy('tenants_resolver', resolverRole, sql`true`),
    // Owner of portail_private.create_tenant: inserts a new business, reads nothing (no SELECT grant).
    rowPolicy('tenants_onboarding', onboardingRole, sql`true`),
    // Owner of the Clerk sync functions: only businesses that are Clerk organizations; the grants
    // let it rename one and suspend one whose organization was deleted.
    rowPolicy('tenants_clerk_sync', clerkSyncRole, sql`${t.clerkOrgId} is not null`),
  ],
)
