import type { Tx } from '@portail/db'
import { bookings, bookingSeries, type ServiceAddress } from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'
import { loadBookingContext } from './booking-context'
import { insertTeamBooking } from './insert-team-booking'
import { loadStaffSchedules } from './load-schedules'
import { type SeriesFrequency, seriesStarts, type SkipReason, skipReasonOf } from './series-rule'
import { readStaffBookings, type StaffBooking } from './staff-booking-view'
import { bookableClient } from './team-booking-inputs'
import { msPerDay as day, msPerMinute as minute } from '@portail/validators'

export interface CreateSeriesData {
  clientId: string
  serviceId: string
  optionIds: string[]
  staffId: string
  firstStart: string
  frequency: SeriesFrequency
  until: string
  idempotencyKey: string
  serviceAddress?: ServiceAddress | null | undefined
  notes?: string | undefined
}

export interface SeriesReport {
  seriesId: string
  created: StaffBooking[]
  skipped: { start: string; reason: SkipReason }[]
}

async function reportOf(
  tx: Tx,
  tenantId: string,
  seriesId: string,
  skipped: SeriesReport['skipped'],
): Promise<SeriesReport> {
  const created = await readStaffBookings(tx, tenantId, eq(bookings.seriesId, seriesId))
  return { seriesId, created, skipped }
}

async function seriesByKey(tx: Tx, tenantId: string, idempotencyKey: string): Promise<SeriesReport | undefined> {
  const [row] = await tx
    .select({ id: bookingSeries.id, skipped: bookingSeries.skipped })
    .from(bookingSeries)
    .where(and(eq(bookingSeries.tenantId, tenantId), eq(bookingSeries.idempotencyKey, idempotencyKey)))
  return row ? reportOf(tx, tenantId, row.id, row.skipped) : undefined
}

/**
 * Staff book a recurring series for a client (see seriesStarts for the rule), in the staff
 * transaction: the series row first, then one booking per occurrence, each in its own savepoint.
 * An occurrence on a closed date, outside the member's hours, or over another booking is skipped
 * and reported with its reason; the rest are made (confirmed, audited, booking/confirmed each).
 * Same service, option and performer checks as a single booking; notice and window do not apply,
 * but the first start must be in the future. A retried request (same idempotency key) answers the
 * first one's report and makes nothing. Nothing placeable at all: BAD_REQUEST, nothing written.
 */
export async function createSeries(
  tx: Tx,
  staff: StaffActor,
  input: CreateSeriesData,
  now = Date.now(),
): Promise<SeriesReport> {
  const earlier = await seriesByKey(tx, staff.tenantId, input.idempotencyKey)
  if (earlier) return earlier

  const client = await bookableClient(tx, staff.tenantId, input.clientId)
  const context = await loadBookingContext(
    tx,
    staff.tenantId,
    { serviceId: input.serviceId, optionIds: input.optionIds, staffId: input.staffId },
    now,
  )
  const firstStart = Date.parse(input.firstStart)
  if (firstStart <= now) throw new DomainError('BAD_REQUEST', 'booking.slotUnavailable', { field: 'firstStart' })
  const { timeZone } = context.rules
  const starts = seriesStarts({ firstStart, frequency: input.frequency, until: input.until, timeZone })
  const lastStart = starts.at(-1) ?? firstStart
  const [schedule] = await loadStaffSchedules(
    tx,
    staff.tenantId,
    [input.staffId],
    firstStart - day,
    lastStart + 2 * day,
    now,
  )
  if (!schedule) throw new DomainError('BAD_REQUEST', 'booking.staffNotAvailable', { field: 'staffId' })

  let seriesId: string
  try {
    seriesId = await tx.transaction(async (savepoint) => {
      const [row] = await savepoint
        .insert(bookingSeries)
        .values({
          tenantId: staff.tenantId,
          clientId: input.clientId,
          membershipId: input.staffId,
          serviceId: context.service.id,
          optionIds: context.options.map((option) => option.id),
          frequency: input.frequency,
          firstStartsAt: new Date(firstStart),
          untilDate: input.until,
          timeZone,
          idempotencyKey: input.idempotencyKey,
          createdByUserId: staff.userId,
        })
        .returning({ id: bookingSeries.id })
      if (!row) throw new Error('insert returned no row')
      return row.id
    })
  } catch (error) {
    // A concurrent copy of this request made the series first: its report is the answer.
    if (!isUniqueViolationOf(error, 'booking_series_idempotency_key')) throw error
    const winner = await seriesByKey(tx, staff.tenantId, input.idempotencyKey)
    if (!winner) throw error
    return winner
  }

  const duration = context.rules.durationMinutes * minute
  const busy = [...schedule.busy]
  const skipped: SeriesReport['skipped'] = []
  let made = 0
  for (const [index, start] of starts.entries()) {
    const occurrence = {
      start,
      end: start + duration,
      blockedFrom: start - context.rules.bufferBeforeMinutes * minute,
      blockedUntil: start + duration + context.rules.bufferAfterMinutes * minute,
    }
    const reason =
      skipReasonOf(schedule, occurrence, timeZone, busy) ??
      ((await insertTeamBooking(tx, staff, context, {
        clientId: input.clientId,
        staffId: input.staffId,
        start,
        idempotencyKey: `series-${seriesId}-${index}`,
        serviceAddress: input.serviceAddress ?? null,
        notes: input.notes ?? null,
        locale: client.locale,
        seriesId,
        reason: null,
        ignoredRules: false,
      })) === 'conflict'
        ? 'conflict'
        : null)
    if (reason) {
      skipped.push({ start: new Date(start).toISOString(), reason })
      continue
    }
    made += 1
    busy.push({ from: occurrence.blockedFrom, until: occurrence.blockedUntil })
  }
  if (made === 0) throw new DomainError('BAD_REQUEST', 'booking.seriesEmpty', { field: 'firstStart' })

  await tx
    .update(bookingSeries)
    .set({ skipped })
    .where(and(eq(bookingSeries.tenantId, staff.tenantId), eq(bookingSeries.id, seriesId)))
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'bookingSeries.created',
    entityType: 'booking_series',
    entityId: seriesId,
    clientId: input.clientId,
    details: { frequency: input.frequency, until: input.until, created: String(made), skipped: String(skipped.length) },
  })
  return reportOf(tx, staff.tenantId, seriesId, skipped)
}
