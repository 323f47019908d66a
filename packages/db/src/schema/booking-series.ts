import { sql } from 'drizzle-orm'
import { check, foreignKey, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid, date } from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { services } from './booking-catalog'
import { clients } from './clients'
import { createdAt, id, tenantId } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { memberships } from './memberships'
import { rowPolicy } from './row-policy'

export type SeriesFrequency = 'weekly' | 'biweekly' | 'monthly'
export type SeriesSkipReason = 'conflict' | 'closed' | 'outsideHours'

/**
 * A recurring series made by staff: the rule (first start, frequency, last local date, in the
 * business's zone as it was then) and what generating it did. Its bookings point back through
 * `bookings.series_id`; the occurrences it could not place are kept in `skipped`, so a retried
 * request (same idempotency key) answers the same report without generating anything again.
 *
 * - staff create and read their tenant's series;
 * - a client reads the series made for it;
 * - workflows read them.
 */
export const bookingSeries = pgTable(
  'booking_series',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    membershipId: uuid('membership_id').notNull(),
    serviceId: uuid('service_id').notNull(),
    optionIds: jsonb('option_ids').$type<string[]>().notNull().default([]),
    frequency: text('frequency').$type<SeriesFrequency>().notNull(),
    firstStartsAt: timestamp('first_starts_at', { withTimezone: true }).notNull(),
    untilDate: date('until_date', { mode: 'string' }).notNull(),
    /** The zone the local wall-clock time is kept in (the business's zone when the series was made). */
    timeZone: text('time_zone').notNull(),
    skipped: jsonb('skipped').$type<{ start: string; reason: SeriesSkipReason }[]>().notNull().default([]),
    idempotencyKey: text('idempotency_key').notNull(),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'booking_series_pkey', columns: [t.tenantId, t.id] }),
    unique('booking_series_idempotency_key').on(t.tenantId, t.idempotencyKey),
    foreignKey({
      name: 'booking_series_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({
      name: 'booking_series_membership_fk',
      columns: [t.tenantId, t.membershipId],
      foreignColumns: [memberships.tenantId, memberships.id],
    }),
    foreignKey({
      name: 'booking_series_service_fk',
      columns: [t.tenantId, t.serviceId],
      foreignColumns: [services.tenantId, services.id],
    }),
    check('booking_series_frequency', sql`${t.frequency} in ('weekly', 'biweekly', 'monthly')`),
    check('booking_series_idempotency_key_length', sql`length(${t.idempotencyKey}) between 8 and 128`),
    rowPolicy(
      'booking_series_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy('booking_series_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('booking_series_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
