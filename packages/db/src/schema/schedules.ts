import { sql } from 'drizzle-orm'
import { check, date, foreignKey, index, pgTable, primaryKey, smallint, text, time, uuid } from 'drizzle-orm/pg-core'
import { clientRole, publicRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId, updatedAt } from './columns'
import { isCurrentTenant } from './context'
import { scheduleOverrideKindEnum } from './enums'
import { memberships } from './memberships'
import { rowPolicy } from './row-policy'

/**
 * Weekly working hours of a staff member, in the tenant's time zone (local wall-clock times, so
 * 09:00 stays 09:00 across daylight saving changes). Several rows per day make split shifts.
 * `weekday` is ISO: 1 = Monday … 7 = Sunday.
 *
 * Visitors and clients read them (availability is computed from them); staff manage them.
 */
export const workingHours = pgTable(
  'working_hours',
  {
    tenantId: tenantId(),
    id: id(),
    membershipId: uuid('membership_id').notNull(),
    weekday: smallint('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'working_hours_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'working_hours_membership_fk',
      columns: [t.tenantId, t.membershipId],
      foreignColumns: [memberships.tenantId, memberships.id],
    }).onDelete('cascade'),
    check('working_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('working_hours_span', sql`${t.startTime} < ${t.endTime}`),
    index('working_hours_membership_idx').on(t.tenantId, t.membershipId, t.weekday),
    rowPolicy('working_hours_public', publicRole, isCurrentTenant(t.tenantId)),
    rowPolicy('working_hours_client', clientRole, isCurrentTenant(t.tenantId)),
    rowPolicy('working_hours_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('working_hours_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)

/**
 * One date that differs from the weekly hours, for one staff member or (membership_id null) the
 * whole business: `closed` (all day when start/end are null, else that span) or `extra` hours.
 *
 * Visitors and clients read everything but the reason (column grants: "surgery" is nobody's
 * business); staff manage them.
 */
export const scheduleOverrides = pgTable(
  'schedule_overrides',
  {
    tenantId: tenantId(),
    id: id(),
    membershipId: uuid('membership_id'),
    onDate: date('on_date').notNull(),
    kind: scheduleOverrideKindEnum('kind').notNull(),
    startTime: time('start_time'),
    endTime: time('end_time'),
    reason: text('reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'schedule_overrides_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({
      name: 'schedule_overrides_membership_fk',
      columns: [t.tenantId, t.membershipId],
      foreignColumns: [memberships.tenantId, memberships.id],
    }).onDelete('cascade'),
    check(
      'schedule_overrides_span',
      sql`(${t.startTime} is null) = (${t.endTime} is null) and coalesce(${t.startTime} < ${t.endTime}, true) and (${t.kind} = 'closed' or ${t.startTime} is not null)`,
    ),
    index('schedule_overrides_date_idx').on(t.tenantId, t.onDate),
    rowPolicy('schedule_overrides_public', publicRole, isCurrentTenant(t.tenantId)),
    rowPolicy('schedule_overrides_client', clientRole, isCurrentTenant(t.tenantId)),
    rowPolicy('schedule_overrides_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('schedule_overrides_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
