import { sql } from 'drizzle-orm'
import {
  check,
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
import { clientRole, holdReleaseRole, holdSweeperRole, publicRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { clients, type ServiceAddress } from './clients'
import { bookingStatusEnum, localeEnum } from './enums'
import { memberships } from './memberships'
import { rowPolicy } from './row-policy'
import { services } from './booking-catalog'
import { bookingSeries } from './booking-series'

/** What the client agreed to when booking: prices, options and policy as they were then. */
export interface BookingSnapshot {
  service: { nameFr: string; nameEn: string; durationMinutes: number; priceCents: number; currency: string }
  options: { id: string; nameFr: string; nameEn: string; extraMinutes: number; extraPriceCents: number }[]
  totalCents: number
  paymentRule: 'none' | 'deposit' | 'full'
  depositCents: number | null
  policy: {
    freeCancelHours: number
    lateCancelFeePercent: number
    lateCancelKeepsDeposit: boolean
    maxReschedules: number
  }
}

/**
 * Appointments. `blocked_from`/`blocked_until` are the time the staff member is taken, buffers
 * included (start - buffer before, end + buffer after, checked below); the exclusion constraint
 * `bookings_no_overlap` (custom migration: drizzle-kit cannot express EXCLUDE) forbids two active
 * bookings (pending_payment, confirmed) of one staff member whose blocked ranges overlap, whatever
 * the code does. Ranges are half-open, so back-to-back bookings are allowed.
 *
 * - visitors read the busy intervals of active bookings only: staff, blocked range, status, hold
 *   expiry (column grants), never who booked, what or why;
 * - a client reads and books its own bookings only;
 * - staff manage their tenant's bookings; workflows read them and expire unpaid holds;
 * - a client cancels or moves its own (columns such a change touches only);
 * - portail_private.tenants_with_expired_holds (owned by portail_hold_sweeper) tells the hold
 *   sweep which tenants hold expired unpaid holds: it may read tenant_id, status, hold_expires_at;
 * - the unpaid-hold sweep (portail_hold_release, a cron workflow outside any tenant) sees every
 *   business's rows (a predicate on the status would refuse the very update that cancels a hold);
 *   its grants narrow it to the columns it filters on, returns and sets (status, cancelled_at,
 *   updated_at): never who booked beyond the client id, what, for how much or why.
 */
export const bookings = pgTable(
  'bookings',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    membershipId: uuid('membership_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    blockedFrom: timestamp('blocked_from', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
    status: bookingStatusEnum('status').notNull(),
    priceCents: integer('price_cents').notNull(),
    currency: text('currency').notNull().default('CAD'),
    snapshot: jsonb('snapshot').$type<BookingSnapshot>().notNull(),
    serviceAddress: jsonb('service_address').$type<ServiceAddress>(),
    notes: text('notes'),
    locale: localeEnum('locale').notNull(),
    /** Chosen by the client's browser per attempt: a retried request finds the booking it made. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** An unpaid hold stops blocking the slot after this instant (pending_payment only). */
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancellationReason: text('cancellation_reason'),
    createdByUserId: uuid('created_by_user_id'),
    /** The recurring series that generated this booking, if any. */
    seriesId: uuid('series_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'bookings_pkey', columns: [t.tenantId, t.id] }),
    unique('bookings_idempotency_key').on(t.tenantId, t.clientId, t.idempotencyKey),
    foreignKey({
      name: 'bookings_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'bookings_membership_fk',
      columns: [t.tenantId, t.membershipId],
      foreignColumns: [memberships.tenantId, memberships.id],
    }),
    foreignKey({
      name: 'bookings_service_fk',
      columns: [t.tenantId, t.serviceId],
      foreignColumns: [services.tenantId, services.id],
    }),
    foreignKey({
      name: 'bookings_series_fk',
      columns: [t.tenantId, t.seriesId],
      foreignColumns: [bookingSeries.tenantId, bookingSeries.id],
    }),
    check('bookings_span', sql`${t.startsAt} < ${t.endsAt}`),
    check(
      'bookings_blocked',
      sql`${t.bufferBeforeMinutes} >= 0 and ${t.bufferAfterMinutes} >= 0
        and ${t.blockedFrom} = ${t.startsAt} - make_interval(mins => ${t.bufferBeforeMinutes})
        and ${t.blockedUntil} = ${t.endsAt} + make_interval(mins => ${t.bufferAfterMinutes})`,
    ),
    check('bookings_price', sql`${t.priceCents} >= 0 and ${t.rescheduleCount} >= 0`),
    check('bookings_idempotency_key_length', sql`length(${t.idempotencyKey}) between 8 and 128`),
    index('bookings_staff_time_idx').on(t.tenantId, t.membershipId, t.blockedFrom),
    index('bookings_client_idx').on(t.tenantId, t.clientId, t.startsAt),
    // The hold sweep looks for expired unpaid holds every minute, across tenants.
    index('bookings_pending_holds_idx')
      .on(t.holdExpiresAt)
      .where(sql`${t.status} = 'pending_payment'`),
    rowPolicy(
      'bookings_public',
      publicRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.status} in ('pending_payment', 'confirmed')`,
    ),
    rowPolicy(
      'bookings_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy('bookings_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('bookings_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('bookings_hold_sweeper', holdSweeperRole, sql`true`),
    rowPolicy('bookings_hold_release', holdReleaseRole, sql`true`),
  ],
)
